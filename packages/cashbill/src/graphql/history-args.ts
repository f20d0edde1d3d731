import { InputError } from "@korbill/core-domain";
import type { HistoryCursor } from "../store/store-history.js";

const DAY_MS = 86_400_000;

/** Epoch ms of 00:00 KST of a `yyyy-MM-dd` day, or null when it is not a real day. */
function kstMidnight(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00+09:00`);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-30 over to March: only a day that formats back is real.
  const back = new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
  return back === day ? ms : null;
}

/**
 * The instants `[fromMs, toMs)` of the Korea-time days `from` to `to` (both included), or a
 * BAD_USER_INPUT naming the argument: not a day, `from` after `to`, more than `maxDays` days.
 */
export function kstDayRange(
  from: string,
  to: string,
  maxDays: number,
  name?: string,
): { fromMs: number; toMs: number } {
  const bad = (path: string, message: string) => new InputError(message, [{ path, message }]);
  const fromMs = kstMidnight(from);
  if (fromMs === null)
    throw bad(name ?? "from", `${name ?? "from"} must be a day as yyyy-MM-dd (Korea time)`);
  const toDay = kstMidnight(to);
  if (toDay === null)
    throw bad(name ?? "to", `${name ?? "to"} must be a day as yyyy-MM-dd (Korea time)`);
  if (fromMs > toDay) throw bad("from", `from (${from}) is after to (${to})`);
  const days = (toDay - fromMs) / DAY_MS + 1;
  if (days > maxDays) throw bad("to", `at most ${maxDays} days at once (asked for ${days})`);
  return { fromMs, toMs: toDay + DAY_MS };
}

/** An opaque page cursor: the last submission's record time and SubmitID. */
export function encodeHistoryCursor(c: HistoryCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.submitId]), "utf8").toString("base64url");
}

/** The cursor `after` stands for, or BAD_USER_INPUT when it is not one of ours. */
export function decodeHistoryCursor(after: string): HistoryCursor {
  try {
    const v = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      Number.isSafeInteger(v[0]) &&
      typeof v[1] === "string"
    )
      return { createdAt: v[0] as number, submitId: v[1] };
  } catch {
    // falls through to the error below
  }
  const message = "after is not a cursor returned by bulkSubmissions";
  throw new InputError(message, [{ path: "after", message }]);
}
