import { createHash, createHmac } from "node:crypto";

/** The Linkhub API version sent in `x-lh-version` and signed. */
export const LINKHUB_API_VERSION = "2.0";

/** Input of {@link buildTokenRequest}. */
export interface TokenRequestInput {
  linkId: string;
  /** The partner SecretKey: base64 text, decoded to form the HMAC key. */
  secretKey: string;
  serviceId: string;
  /** The member's CorpNum; omitted for partner-level tokens. */
  accessId?: string | undefined;
  scopes: readonly string[];
  /** Sent verbatim as `x-lh-date` (UTC ISO-8601). */
  date: string;
  /** `x-lh-forwarded` value (`*` when IP restriction is off); signed when present. */
  forwarded?: string | undefined;
  /** A pre-serialised body to sign instead of the canonical one (e.g. another SDK's spelling). */
  rawBody?: string;
}

/** A signed token request, ready to POST to the auth host. */
export interface TokenRequest {
  /** `/{ServiceID}/Token`. */
  path: string;
  /** The exact body bytes (UTF-8) that were digested. */
  body: string;
  /** base64(SHA-256(body)). */
  bodyDigest: string;
  stringToSign: string;
  /** `LINKHUB {LinkID} {signature}`. */
  authorization: string;
  headers: Record<string, string>;
}

/** Serialises the token body like Node linkhub: `access_id` first and only when present. */
function tokenRequestBody(accessId: string | undefined, scopes: readonly string[]): string {
  const body =
    accessId === undefined || accessId === ""
      ? { scope: scopes }
      : { access_id: accessId, scope: scopes };
  return JSON.stringify(body);
}

/** Builds and signs a Linkhub token request exactly as popbill.md §1.2 describes. */
export function buildTokenRequest(input: TokenRequestInput): TokenRequest {
  const path = `/${input.serviceId}/Token`;
  const body = input.rawBody ?? tokenRequestBody(input.accessId, input.scopes);
  const bodyDigest = createHash("sha256").update(body, "utf8").digest("base64");
  const forwarded =
    input.forwarded === undefined || input.forwarded === "" ? undefined : input.forwarded;
  const lines = [
    "POST",
    bodyDigest,
    input.date,
    ...(forwarded === undefined ? [] : [forwarded]),
    LINKHUB_API_VERSION,
    path,
  ];
  const stringToSign = lines.join("\n");
  const signature = createHmac("sha256", Buffer.from(input.secretKey, "base64"))
    .update(stringToSign, "utf8")
    .digest("base64");
  const authorization = `LINKHUB ${input.linkId} ${signature}`;
  const headers: Record<string, string> = {
    "x-lh-date": input.date,
    "x-lh-version": LINKHUB_API_VERSION,
    Authorization: authorization,
    "Content-Type": "Application/json",
    ...(forwarded === undefined ? {} : { "x-lh-forwarded": forwarded }),
  };
  return { path, body, bodyDigest, stringToSign, authorization, headers };
}
