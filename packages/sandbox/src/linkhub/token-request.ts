import { type SandboxRequest } from "../http/request.js";
import { type PartnerRecord } from "../state/types.js";
import { parseLhDate } from "./dates.js";
import { partnerNotFound, tokenGenerationFailed, tokenNotEntered } from "./errors.js";
import { linkhubSignature, linkhubStringToSign, signaturesMatch } from "./signature.js";

/** The only `x-lh-version` every SDK sends. [INF] that other versions are refused. */
const LINKHUB_VERSION = "2.0";

const LINKHUB_AUTHORIZATION = /^LINKHUB ([^ ]+) ([^ ]+)$/i;

/** A token request whose HMAC and date were verified. */
export interface VerifiedTokenRequest {
  /** The signing partner. */
  readonly partner: PartnerRecord;
  /** `x-lh-forwarded` when sent. */
  readonly forwarded: string | undefined;
}

/**
 * Authenticates `POST /{ServiceID}/Token` (popbill.md §1.2): parses
 * `Authorization: LINKHUB {LinkID} {sig}`, rebuilds the string to sign from the raw body
 * bytes and headers, compares HMACs in constant time, then checks `x-lh-date` against
 * the sandbox clock. Throws the matching Linkhub error.
 */
export function verifyTokenRequest(request: SandboxRequest): VerifiedTokenRequest {
  const authorization = request.headers.get("authorization")?.trim();
  if (!authorization) throw tokenNotEntered("LINKHUB {LinkID} {Signature}");
  const parsed = LINKHUB_AUTHORIZATION.exec(authorization);
  if (!parsed)
    throw tokenGenerationFailed(
      'Authorization must be "LINKHUB {LinkID} {Signature}" with single spaces',
    );
  const [, linkId = "", signature = ""] = parsed;
  const partner = request.env.state.partner(linkId);
  if (!partner) throw partnerNotFound(linkId);

  const date = requireHeader(request, "x-lh-date");
  const sentAt = parseLhDate(date);
  if (!sentAt)
    throw tokenGenerationFailed(
      `x-lh-date "${date}" is not UTC ISO-8601 like 2026-11-23T01:02:03.000Z`,
    );
  const version = requireHeader(request, "x-lh-version");
  if (version !== LINKHUB_VERSION)
    throw tokenGenerationFailed(`x-lh-version must be ${LINKHUB_VERSION}, got "${version}"`);

  const forwarded = request.headers.get("x-lh-forwarded");
  const stringToSign = linkhubStringToSign({
    method: request.method,
    rawBody: request.rawBody,
    date,
    forwarded,
    version,
    path: request.path,
  });
  if (!signaturesMatch(signature, linkhubSignature(partner.secretKey, stringToSign))) {
    throw tokenGenerationFailed(
      "signature mismatch: sign POST, base64 SHA-256 of the exact body bytes, x-lh-date, [x-lh-forwarded,] x-lh-version and the path, joined by LF, with the base64-decoded SecretKey",
    );
  }
  checkSkew(request, sentAt);
  return { partner, forwarded };
}

function requireHeader(request: SandboxRequest, name: string): string {
  const value = request.headers.get(name);
  if (value === undefined || value === "") throw tokenGenerationFailed(`${name} header is missing`);
  return value;
}

function checkSkew(request: SandboxRequest, sentAt: Date): void {
  const { clock, settings } = request.env;
  const skewMs = Math.abs(clock.nowMs() - sentAt.getTime());
  if (skewMs > settings.maxClockSkewMs) {
    const now = clock.now().toISOString();
    throw tokenGenerationFailed(
      `x-lh-date is ${Math.round(skewMs / 1000)} s away from server time ${now} (limit ${settings.maxClockSkewMs / 1000} s); check the client clock or use GET /Time`,
    );
  }
}
