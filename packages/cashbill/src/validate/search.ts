import { ProblemList, checkTextInput } from "@korbill/core-domain";
import {
  CashbillDateType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";
import type { CashbillSearchFields } from "../map/inputs.js";
import { CASHBILL_LIMITS, at, checkEnum, given, isIsoDate } from "./rules.js";

/** Largest page POPBiLL serves. */
export const MAX_PER_PAGE = 1000;

/** True when `to` is at most 6 calendar months after `from` (both valid ISO dates). */
function withinSixMonths(from: string, to: string): boolean {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 + 6, d)).toISOString().slice(0, 10);
  return to <= limit;
}

function checkList(
  problems: ProblemList,
  enumObj: Record<string, string>,
  list: unknown,
  path: string,
): void {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) return problems.add(path, "must be a list");
  list.forEach((item, i) => checkEnum(problems, enumObj, item, at(path, i)));
}

/**
 * Validates search filters under `path`: dateType required; from/to ISO dates with
 * from ≤ to and a window of at most 6 months (POPBiLL's limit); enum lists; `states` without
 * UNKNOWN (it has no search code); identityNum digits and dashes, ≤ 24 characters [INF];
 * franchiseTaxRegIds 4 digits each [INF]; page ≥ 1; perPage 1..1000.
 */
export function validateSearch(input: CashbillSearchFields, path: string): void {
  const problems = new ProblemList();
  if (typeof input !== "object" || input === null) {
    problems.add(path, "must be an object of search filters");
    return problems.throwIfAny();
  }
  // Every string of the input, by the one text rule (controls, bidi overrides, lone surrogates).
  checkTextInput(problems, input, path);
  const p = (key: string) => at(path, key);
  checkEnum(problems, CashbillDateType, input.dateType, p("dateType"));
  const fromOk = problems.check(
    isIsoDate(input.from),
    p("from"),
    "must be an ISO date like 2026-11-01",
  );
  const toOk = problems.check(isIsoDate(input.to), p("to"), "must be an ISO date like 2026-11-30");
  if (fromOk && toOk) {
    if (problems.check(input.from <= input.to, p("to"), "must not be before from")) {
      problems.check(
        withinSixMonths(input.from, input.to),
        p("to"),
        "must be at most 6 months after from",
      );
    }
  }
  checkList(problems, CashbillState, input.states, p("states"));
  input.states?.forEach((state, i) => {
    if (state === CashbillState.UNKNOWN)
      problems.add(at(p("states"), i), "UNKNOWN cannot be searched for");
  });
  checkList(problems, TradeType, input.tradeTypes, p("tradeTypes"));
  checkList(problems, TradeUsage, input.tradeUsages, p("tradeUsages"));
  checkList(problems, TradeOption, input.tradeOptions, p("tradeOptions"));
  checkList(problems, TaxationType, input.taxationTypes, p("taxationTypes"));
  checkEnum(problems, CashbillSortOrder, input.order, p("order"), false);
  if (given(input.identityNum)) {
    problems.check(
      typeof input.identityNum === "string" && /^[0-9-]{1,24}$/.test(input.identityNum),
      p("identityNum"),
      "must be digits and dashes (at most 24)",
    );
  }
  input.franchiseTaxRegIds?.forEach((id, i) =>
    problems.check(
      typeof id === "string" && CASHBILL_LIMITS.taxRegId.test(id),
      at(p("franchiseTaxRegIds"), i),
      "must be 4 digits",
    ),
  );
  if (given(input.page)) {
    problems.check(
      Number.isInteger(input.page) && input.page >= 1,
      p("page"),
      "must be a whole number ≥ 1",
    );
  }
  if (given(input.perPage)) {
    problems.check(
      Number.isInteger(input.perPage) && input.perPage >= 1 && input.perPage <= MAX_PER_PAGE,
      p("perPage"),
      `must be a whole number from 1 to ${MAX_PER_PAGE}`,
    );
  }
  problems.throwIfAny();
}
