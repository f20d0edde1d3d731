import {
  DAY_MS,
  KST_OFFSET_MS,
  kstDate,
  kstDateTime,
  parseKstDate,
  parseKstDateTime,
} from "../kst.js";

/** The KST days of a crawl: `sDate`..`eDate` (`yyyyMMdd`, inclusive), each as its 00:00 KST. */
export function kstDays(sDate: string, eDate: string): number[] {
  const from = parseKstDate(sDate);
  const to = parseKstDate(eDate);
  if (from === undefined || to === undefined) return [];
  const days: number[] = [];
  for (let day = from; day <= to; day += DAY_MS) days.push(day);
  return days;
}

/** `yyyyMMdd` of a day start plus `days` days. */
export function shiftDate(dayStartMs: number, days: number): string {
  return kstDate(dayStartMs + days * DAY_MS);
}

/** Day of the week (0 Sunday .. 6 Saturday) of a KST day start. */
export function weekday(dayStartMs: number): number {
  return new Date(dayStartMs + KST_OFFSET_MS).getUTCDay();
}

/** Day of the year (1..366) of a KST day start, as 3 digits. */
export function dayOfYear(dayStartMs: number): string {
  const local = new Date(dayStartMs + KST_OFFSET_MS);
  const start = Date.UTC(local.getUTCFullYear(), 0, 1);
  return String(Math.floor((local.getTime() - start) / DAY_MS) + 1).padStart(3, "0");
}

/** `yyyyMMddHHmmss` at `secondOfDay` seconds after the KST day start. */
export function timeOfDay(dayStartMs: number, secondOfDay: number): string {
  return kstDateTime(dayStartMs + secondOfDay * 1000);
}

/** A Date, epoch ms, KST `yyyyMMddHHmmss` or ISO-8601 string as epoch ms; RangeError otherwise. */
export function toEpochMs(value: Date | number | string): number {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === "number"
        ? value
        : (parseKstDateTime(value) ?? Date.parse(value));
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(value)}`);
  return ms;
}
