import type { ProblemList } from "@korbill/core-domain";
import { given, kstDay, parseIsoInstant } from "./rules.js";

/** [INF] Clock skew tolerated for a `tradeAt` slightly ahead of korbill's clock. */
export const TRADE_AT_SKEW_MS = 5 * 60_000;

const DAY_MS = 86_400_000;

/**
 * An optional `tradeAt`: a strict ISO-8601 instant with offset, whose KST calendar day is today
 * or yesterday relative to `now` (POPBiLL accepts only those, popbill.md §3b `tradeDT`).
 * [INF] It must also not lie in the future beyond {@link TRADE_AT_SKEW_MS}.
 */
export function checkTradeAt(
  problems: ProblemList,
  value: unknown,
  path: string,
  now: Date | number,
): void {
  if (!given(value)) return;
  const instant = parseIsoInstant(value);
  if (!instant) {
    return problems.add(
      path,
      "must be an ISO-8601 time with offset, like 2026-11-23T10:02:03+09:00",
    );
  }
  const nowMs = new Date(now).getTime();
  const day = kstDay(instant);
  if (day !== kstDay(nowMs) && day !== kstDay(nowMs - DAY_MS)) {
    return problems.add(path, "must be today or yesterday (KST)");
  }
  problems.check(instant.getTime() <= nowMs + TRADE_AT_SKEW_MS, path, "must not be in the future");
}
