/** Korea Standard Time is UTC+9 all year (no daylight saving). */
export const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** `yyyyMMddHHmmss` in KST, the upstream's timestamp format (e.g. `tradeDT`, `issueDT`). */
export function kstDateTime(ms: number): string {
  // The text changes once a second; a bulk's hundred receipts and messages share it.
  const second = Math.floor(ms / 1000);
  if (second === lastSecond) return lastDateTime;
  const iso = new Date(ms + KST_OFFSET_MS).toISOString();
  lastDateTime = iso.slice(0, 19).replace(/[-T:]/g, "");
  lastSecond = second;
  return lastDateTime;
}

let lastSecond = Number.NaN;
let lastDateTime = "";

/** `yyyyMMdd` in KST (e.g. `tradeDate`). */
export function kstDate(ms: number): string {
  return kstDateTime(ms).slice(0, 8);
}

/** Epoch millis of 00:00 KST of the KST day containing `ms`. */
export function kstStartOfDay(ms: number): number {
  return Math.floor((ms + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS;
}

/** Parses a KST `yyyyMMddHHmmss`; `undefined` when malformed or not a real time (e.g. Feb 30). */
export function parseKstDateTime(value: string): number | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, y = NaN, mo = NaN, d = NaN, h = NaN, mi = NaN, s = NaN] = match.map(Number);
  return fromParts(value, y, mo, d, h, mi, s);
}

/** Parses a KST `yyyyMMdd` to 00:00 KST of that day; `undefined` when malformed or not a real date. */
export function parseKstDate(value: string): number | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [, y = NaN, mo = NaN, d = NaN] = match.map(Number);
  return fromParts(`${value}000000`, y, mo, d, 0, 0, 0);
}

/** Adds calendar months to a KST `yyyyMMdd` day start, clamping the day (Aug 31 + 6 months = Feb 28/29). */
export function addKstMonths(dayStartMs: number, months: number): number {
  const local = new Date(dayStartMs + KST_OFFSET_MS);
  const target = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(local.getUTCDate(), lastDay));
  return target.getTime() - KST_OFFSET_MS;
}

function fromParts(
  original: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): number | undefined {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - KST_OFFSET_MS;
  // Date.UTC rolls Feb 30 over into March: refuse values that do not round-trip.
  return kstDateTime(ms) === original ? ms : undefined;
}
