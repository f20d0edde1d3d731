import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The signed parts of a Linkhub token request (popbill.md §1.2). */
export interface LinkhubSignedParts {
  /** Wire method, `POST`. */
  readonly method: string;
  /** The body bytes exactly as received. */
  readonly rawBody: Buffer;
  /** The `x-lh-date` value, verbatim. */
  readonly date: string;
  /** The `x-lh-forwarded` value when that header was sent. */
  readonly forwarded: string | undefined;
  /** The `x-lh-version` value, verbatim. */
  readonly version: string;
  /** The request path, e.g. `/POPBILL_TEST/Token`. */
  readonly path: string;
}

/**
 * The string every Linkhub SDK signs: method, base64 SHA-256 of the raw body, date,
 * optional forwarded value, version and path, joined by LF with no trailing LF.
 */
export function linkhubStringToSign(parts: LinkhubSignedParts): string {
  const bodyDigest = createHash("sha256").update(parts.rawBody).digest("base64");
  const lines = [parts.method, bodyDigest, parts.date];
  if (parts.forwarded !== undefined) lines.push(parts.forwarded);
  lines.push(parts.version, parts.path);
  return lines.join("\n");
}

/** base64( HMAC-SHA256( base64-decode(secretKey), UTF-8(stringToSign) ) ). */
export function linkhubSignature(secretKey: string, stringToSign: string): string {
  return createHmac("sha256", Buffer.from(secretKey, "base64"))
    .update(stringToSign, "utf8")
    .digest("base64");
}

/** Constant-time comparison of two signatures after a length check. */
export function signaturesMatch(received: string, expected: string): boolean {
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
