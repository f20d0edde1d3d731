import { createHash } from "node:crypto";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { isServiceId, SERVICE_IDS, type SessionToken } from "../state/tokens.js";
import { formatExpiration } from "./dates.js";
import { memberNotFound, tokenGenerationFailed } from "./errors.js";
import { parseTokenBody } from "./token-body.js";
import { verifyTokenRequest } from "./token-request.js";

/** The JSON a successful token request answers (popbill.md §1.3). */
export interface TokenResponse {
  /** The bearer token. */
  readonly session_token: string;
  /** `POPBILL` or `POPBILL_TEST`; the Node SDK builds `/{serviceID}/Point` from it. */
  readonly serviceID: string;
  /** The partner's LinkID. */
  readonly linkID: string;
  /** Opaque member code. */
  readonly usercode: string;
  /** `*` or the IP the token is bound to. */
  readonly ipaddress: string;
  /** UTC `yyyy-MM-ddTHH:mm:ss.SSSZ`. */
  readonly expiration: string;
  /** Granted scopes. */
  readonly scope: readonly string[];
}

/**
 * `POST /{ServiceID}/Token`: verifies the HMAC over the raw body, checks the member
 * belongs to the partner, and issues a fresh token (every request gets its own token,
 * bursts of identical requests included; all of them stay valid).
 */
export function handleTokenRequest(request: SandboxRequest): SandboxReply {
  const serviceId = request.params["serviceId"];
  if (!isServiceId(serviceId)) {
    // [INF] status and code for an unknown ServiceID are undocumented
    throw tokenGenerationFailed(
      `unknown ServiceID "${serviceId}"; use ${SERVICE_IDS.join(" or ")}`,
      400,
    );
  }
  const { partner, forwarded } = verifyTokenRequest(request);
  const body = parseTokenBody(request.rawBody);
  if (body.accessId !== undefined && !request.env.state.memberOf(partner.linkId, body.accessId)) {
    throw memberNotFound(partner.linkId, body.accessId);
  }
  const { clock, settings } = request.env;
  const issuedAt = clock.now();
  const token = request.env.state.tokens.issue({
    serviceId,
    linkId: partner.linkId,
    corpNum: body.accessId,
    scopes: body.scopes,
    ipAddress: forwarded ?? request.remoteAddress,
    userCode: userCode(partner.linkId, body.accessId),
    issuedAt,
    expiresAt: new Date(issuedAt.getTime() + settings.tokenLifetimeMs),
  });
  return json(toTokenResponse(token));
}

/** The wire form of an issued token. */
function toTokenResponse(token: SessionToken): TokenResponse {
  return {
    session_token: token.token,
    serviceID: token.serviceId,
    linkID: token.linkId,
    usercode: token.userCode,
    ipaddress: token.ipAddress,
    expiration: formatExpiration(token.expiresAt),
    scope: token.scopes,
  };
}

/** [INF] `usercode` is opaque upstream; the sandbox derives a stable 16-hex code. */
function userCode(linkId: string, corpNum: string | undefined): string {
  return createHash("sha256")
    .update(`${linkId}:${corpNum ?? ""}`)
    .digest("hex")
    .slice(0, 16);
}
