/**
 * Korea Standard Time conversions. The upstreams speak KST `yyyyMMdd[HHmmss]` strings; the
 * GraphQL schema speaks ISO-8601 with the +09:00 offset. KST has no daylight saving time.
 */
const KST_OFFSET_MS = 9 * 3600_000;

/** The last instant {@link toKstIso} formatted: a bulk's 100 events share one timestamp. */
let lastIsoMs = Number.NaN;
let lastIso = "";

/** ISO-8601 with the +09:00 offset, e.g. `2026-11-23T10:02:03+09:00`. */
export function toKstIso(date: Date | number): string {
  const ms = new Date(date).getTime();
  if (ms === lastIsoMs) return lastIso;
  const kst = new Date(ms + KST_OFFSET_MS).toISOString();
  lastIso = `${kst.slice(0, 19)}+09:00`;
  lastIsoMs = ms;
  return lastIso;
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
  const fast = plainKstCompact(value);
  if (fast !== undefined) return fast;
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00"] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+09:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * {@link fromKstCompact} without a regular expression or a date string to parse, for the
 * values that need neither: well-formed digits within the plain ranges (events and results
 * carry thousands of these). Returns undefined for anything else, which the string path then
 * decides exactly as before (day 31 of a 30-day month, hour 24, years before 1000, …).
 */
function plainKstCompact(value: string): Date | null | undefined {
  const length = value.length;
  if (length !== 8 && length !== 12 && length !== 14) return null;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const at = (i: number, n: number) => Number(value.slice(i, i + n));
  const y = at(0, 4);
  const mo = at(4, 2);
  const d = at(6, 2);
  const h = length > 8 ? at(8, 2) : 0;
  const mi = length > 8 ? at(10, 2) : 0;
  const s = length > 12 ? at(12, 2) : 0;
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 28 || h > 23 || mi > 59 || s > 59)
    return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - KST_OFFSET_MS);
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
