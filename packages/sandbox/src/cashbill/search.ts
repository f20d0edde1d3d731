import { DAY_MS, parseKstDate } from "../kst.js";
import { type SearchQuery } from "./search-query.js";
import { type CashbillStore } from "./store.js";
import { type CashbillRecord } from "./types.js";
import { type CashbillInfo, toCashbillInfo } from "./views.js";

export { MAX_PER_PAGE, parseSearchQuery, type SearchQuery } from "./search-query.js";

/** `CBSearchResult` (numeric counters, as .NET declares them). */
export interface CBSearchResult {
  readonly code: 1;
  readonly message: string;
  readonly total: number;
  readonly perPage: number;
  readonly pageNum: number;
  readonly pageCount: number;
  readonly list: readonly CashbillInfo[];
}

/** Runs a search over the member's receipts, using the issue-time index for the date range. */
export function searchCashbills(
  store: CashbillStore,
  corpNum: string,
  q: SearchQuery,
): CBSearchResult {
  const from = parseKstDate(q.sDate);
  const until = parseKstDate(q.eDate);
  if (from === undefined || until === undefined)
    throw new Error("internal: unchecked search range");
  // A trade date is the issue day or the day before, so trade-date ranges reach one day further.
  const to = until + (q.dType === "T" ? 2 : 1) * DAY_MS;
  const found = store.issuedBetween(corpNum, from, to).filter((record) => matches(record, q));
  if (q.dType === "T") found.sort((a, b) => a.tradeDT.localeCompare(b.tradeDT) || a.seq - b.seq);
  if (q.order === "D") found.reverse();
  const start = (q.page - 1) * q.perPage;
  return {
    code: 1,
    message: "조회 성공", // [INF] wording
    total: found.length,
    perPage: q.perPage,
    pageNum: q.page,
    pageCount: Math.ceil(found.length / q.perPage),
    list: found.slice(start, start + q.perPage).map(toCashbillInfo),
  };
}

function matches(record: CashbillRecord, q: SearchQuery): boolean {
  const { input } = record;
  if (q.dType === "T" && (record.tradeDate < q.sDate || record.tradeDate > q.eDate)) return false;
  if (q.states && !q.states.some((state) => state.test(String(record.stateCode)))) return false;
  const { TradeType, TradeUsage, TradeOpt, TaxationType } = q.values;
  if (TradeType && !TradeType.has(input.tradeType)) return false;
  if (TradeUsage && !TradeUsage.has(input.tradeUsage)) return false;
  if (TradeOpt && !TradeOpt.has(input.tradeOpt)) return false;
  if (TaxationType && !TaxationType.has(input.taxationType)) return false;
  if (!q.qParts.every((part) => input.identityNum.includes(part))) return false;
  const taxRegId = input.text.franchiseTaxRegID;
  return !q.franchiseTaxRegIds || (taxRegId !== undefined && q.franchiseTaxRegIds.has(taxRegId));
}
