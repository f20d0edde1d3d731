import { fromResponse } from "../errors/from-response.js";
import { UpstreamError } from "../errors/upstream-error.js";
import { type HttpResponse } from "../transport/types.js";

/** A Linkhub session token, ready for `Authorization: Bearer`. */
export interface LinkhubToken {
  sessionToken: string;
  /** The ServiceID the token was minted for (`POPBILL` / `POPBILL_TEST`). */
  serviceId: string;
  /** Epoch ms, from the reply's `expiration`. */
  expiresAt: number;
  /** Granted scopes. */
  scopes: string[];
}

/** The token reply as on the wire (popbill.md §1.3); only the fields korbill reads. */
interface TokenReplyWire {
  session_token?: unknown;
  serviceID?: unknown;
  expiration?: unknown;
  scope?: unknown;
}

/**
 * Reads a token reply. A non-200, a missing token or expiration, or a ServiceID other than
 * the one asked for is an error, so a token for another service is never cached.
 */
export function readTokenReply(
  response: HttpResponse,
  expected: { serviceId: string; scopes: readonly string[] },
): LinkhubToken {
  const base = {
    upstream: "linkhub" as const,
    status: response.status,
    requestId: response.requestId,
  };
  if (response.status !== 200) throw fromResponse({ ...base, body: response.bodyText });
  const wire = response.json<TokenReplyWire>() ?? {};
  // [INF] The reply carries no server time, so `expiration` is compared with the local clock;
  // the refresh margin absorbs ordinary skew.
  const expiresAt = typeof wire.expiration === "string" ? Date.parse(wire.expiration) : Number.NaN;
  if (
    typeof wire.session_token !== "string" ||
    wire.session_token === "" ||
    Number.isNaN(expiresAt)
  ) {
    throw new UpstreamError({
      ...base,
      message: "Linkhub token reply lacks session_token or a readable expiration",
    });
  }
  // [INF] serviceID may be absent in a minimal reply; it is then the one requested.
  const serviceId =
    typeof wire.serviceID === "string" && wire.serviceID !== ""
      ? wire.serviceID
      : expected.serviceId;
  if (serviceId !== expected.serviceId) {
    throw new UpstreamError({
      ...base,
      message: `Linkhub minted a token for ${serviceId}, not ${expected.serviceId}`,
    });
  }
  const scopes = Array.isArray(wire.scope)
    ? wire.scope.filter((s): s is string => typeof s === "string")
    : [...expected.scopes];
  return { sessionToken: wire.session_token, serviceId, expiresAt, scopes };
}
