/**
 * Korea Standard Time conversions. The upstreams speak KST `yyyyMMdd[HHmmss]` strings; the
 * GraphQL schema speaks ISO-8601 with the +09:00 offset. KST has no daylight saving time.
 */
const KST_OFFSET_MS = 9 * 3600_000;

/** ISO-8601 with the +09:00 offset, e.g. `2026-11-23T10:02:03+09:00`. */
export function toKstIso(date: Date | number): string {
  const kst = new Date(new Date(date).getTime() + KST_OFFSET_MS).toISOString();
  return `${kst.slice(0, 19)}+09:00`;
}

/** `yyyyMMddHHmmss` in KST. */
export function toKstCompact(date: Date | number): string {
  return toKstIso(date).slice(0, 19).replace(/[-T:]/g, "");
}

/** `yyyyMMdd` in KST. */
export function toKstDate(date: Date | number): string {
  return toKstCompact(date).slice(0, 8);
}

/**
 * Parses a KST `yyyyMMdd`, `yyyyMMddHHmm` or `yyyyMMddHHmmss` string; null for empty or
 * malformed values (upstream fields are often blank until set).
 */
export function fromKstCompact(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00"] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+09:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** KST compact string -> ISO with +09:00, or null. */
export function kstCompactToIso(value: string | null | undefined): string | null {
  const date = fromKstCompact(value);
  return date ? toKstIso(date) : null;
}

/**
 * Parses an ISO date `yyyy-MM-dd` (a calendar day, as in KST) into `yyyyMMdd`;
 * null when malformed or not a real day.
 */
export function isoDateToCompact(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return `${m[1]}${m[2]}${m[3]}`;
}
