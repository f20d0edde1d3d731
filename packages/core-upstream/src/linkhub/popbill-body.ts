import { createHash } from "node:crypto";

/**
 * Serialises a request body the way the Node popbill SDK does (popbill.md §2.3): keys whose
 * value is null, undefined or "" are dropped at every depth, `false` and `0` are kept, key
 * order is insertion order, and there is no whitespace.
 */
export function stringifyPopbillBody(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    item === null || item === "" ? undefined : item,
  );
  if (json === undefined) throw new TypeError("A POPBiLL request body must be JSON-serialisable");
  return json;
}

/**
 * The `x-pb-message-digest` of a bulk request: base64(SHA-1(raw body bytes)), over the exact
 * bytes sent (popbill.md §2.1, §5.2).
 */
export function bulkMessageDigest(rawBody: string | Buffer): string {
  return createHash("sha1")
    .update(typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody)
    .digest("base64");
}
