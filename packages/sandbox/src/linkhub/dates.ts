/** `x-lh-date` spellings the SDKs send: Node with millis, Java/Python without. */
const LH_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Parses an `x-lh-date` value (`2026-11-23T01:02:03.000Z` or `2026-11-23T01:02:03Z`); `undefined` if malformed. */
export function parseLhDate(value: string): Date | undefined {
  if (!LH_DATE.test(value)) return undefined;
  const ms = Date.parse(value);
  // Date.parse rolls 2026-02-30 over to March; refuse dates that do not round-trip.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19))
    return undefined;
  return new Date(ms);
}

/** Token `expiration`: UTC `yyyy-MM-ddTHH:mm:ss.SSSZ`, the pattern the Java SDK parses. */
export function formatExpiration(date: Date): string {
  return date.toISOString();
}

/** The `GET /Time` body: UTC with second precision, `2026-11-23T01:02:03Z`. */
export function formatLinkhubTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
