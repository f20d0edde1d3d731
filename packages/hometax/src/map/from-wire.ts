import { fromKstCompact, kstCompactToIso, toKstIso } from "@korbill/core-domain";
import { HometaxJobStatus, type HometaxService } from "../enums.js";
import { HOMETAX_LIMITS } from "../validate/rules.js";
import type {
  WireHTCashbill,
  WireHTCashbillSearchResult,
  WireHTCashbillSummary,
  WireHTTaxinvoiceAbbr,
  WireHTTaxinvoiceSearchResult,
  WireHTTaxinvoiceSummary,
  WireJobState,
} from "../wire.js";
import { dateTypeFromWire, directionFromWire, fromKorean, jobStateFromWire } from "./codes.js";
import type {
  HometaxCashbillSummaryView,
  HometaxCashbillView,
  HometaxJobView,
  HometaxPageView,
  HometaxPartyView,
  HometaxTaxinvoiceSummaryView,
  HometaxTaxinvoiceView,
} from "./views.js";

/** An amount string or number -> a safe integer, or null when blank or malformed. */
export function amount(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(String(value).replaceAll(",", "").trim());
  return Number.isSafeInteger(n) ? n : null;
}

/** A count that must be a number (0 when missing). */
function count(value: string | number | null | undefined): number {
  return amount(value) ?? 0;
}

/** `yyyyMMdd` (or a longer KST stamp) -> `yyyy-MM-dd`, or null. */
export function isoDate(value: string | null | undefined): string | null {
  const date = fromKstCompact(value?.slice(0, 8));
  return date ? toKstIso(date).slice(0, 10) : null;
}

function text(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

/** A crawled cash receipt -> view. */
export function toCashbillView(w: WireHTCashbill): HometaxCashbillView {
  const deduction = w.deductionType ?? null;
  return {
    ntsConfirmNum: text(w.ntsconfirmNum),
    tradeDate: isoDate(w.tradeDate ?? w.tradeDT),
    tradeAt: kstCompactToIso(w.tradeDT),
    tradeType: fromKorean("tradeType", w.tradeType),
    tradeUsage: fromKorean("tradeUsage", w.tradeUsage),
    direction: fromKorean("direction", w.invoiceType),
    supplyCost: amount(w.supplyCost),
    tax: amount(w.tax),
    serviceFee: amount(w.serviceFee),
    totalAmount: amount(w.totalAmount),
    franchiseCorpNum: text(w.franchiseCorpNum),
    franchiseCorpName: text(w.franchiseCorpName),
    franchiseCorpType: w.franchiseCorpType ?? null,
    identityNum: text(w.identityNum),
    identityNumType: w.identityNumType ?? null,
    customerName: text(w.customerName),
    cardOwnerName: text(w.cardOwnerName),
    deductionType: deduction,
    // [JAVA javadoc] 1, 2 deductible; 3, 4 not.
    deductible:
      deduction === 1 || deduction === 2 ? true : deduction === 3 || deduction === 4 ? false : null,
  };
}

export function party(
  w: WireHTTaxinvoiceAbbr,
  prefix: "invoicer" | "invoicee" | "trustee",
): HometaxPartyView {
  const r = w as unknown as Record<string, string | null | undefined>;
  return {
    corpNum: text(r[`${prefix}CorpNum`]),
    taxRegId: text(r[`${prefix}TaxRegID`]),
    corpName: text(r[`${prefix}CorpName`]),
    ceoName: text(r[`${prefix}CEOName`]),
    email: text(prefix === "invoicee" ? w.invoiceeEmail1 : r[`${prefix}Email`]),
    email2: prefix === "invoicee" ? text(w.invoiceeEmail2) : null,
    type: prefix === "invoicee" ? text(w.invoiceeType) : null,
  };
}

/** A crawled tax invoice -> view. */
export function toTaxinvoiceView(w: WireHTTaxinvoiceAbbr): HometaxTaxinvoiceView {
  const trustee = party(w, "trustee");
  return {
    ntsConfirmNum: text(w.ntsconfirmNum),
    writeDate: isoDate(w.writeDate),
    issueDate: isoDate(w.issueDate),
    sendDate: isoDate(w.sendDate),
    taxType: fromKorean("taxType", w.taxType),
    purposeType: fromKorean("purposeType", w.purposeType),
    modified: typeof w.modifyYN === "boolean" ? w.modifyYN : null,
    orgNtsConfirmNum: text(w.orgNTSConfirmNum),
    direction: fromKorean("direction", w.invoiceType),
    invoicer: party(w, "invoicer"),
    invoicee: party(w, "invoicee"),
    trustee: trustee.corpNum || trustee.corpName ? trustee : null,
    supplyCostTotal: amount(w.supplyCostTotal),
    taxTotal: amount(w.taxTotal),
    totalAmount: amount(w.totalAmount),
    remark1: text(w.remark1),
    purchaseDate: isoDate(w.purchaseDate),
    itemName: text(w.itemName),
    spec: text(w.spec),
    qty: text(w.qty),
    unitCost: text(w.unitCost),
    supplyCost: amount(w.supplyCost),
    tax: amount(w.tax),
    remark: text(w.remark),
  };
}

function page(
  jobId: string,
  w: WireHTCashbillSearchResult | WireHTTaxinvoiceSearchResult,
): HometaxPageView {
  return {
    jobId,
    total: count(w.total),
    page: count(w.pageNum) || 1,
    perPage: count(w.perPage) || HOMETAX_LIMITS.defaultPerPage,
    pageCount: count(w.pageCount),
  };
}

/** A page of crawled cash receipts -> view. */
export function toCashbillPage(jobId: string, w: WireHTCashbillSearchResult) {
  return { ...page(jobId, w), items: (w.list ?? []).map(toCashbillView) };
}

/** A page of crawled tax invoices -> view. */
export function toTaxinvoicePage(jobId: string, w: WireHTTaxinvoiceSearchResult) {
  return { ...page(jobId, w), items: (w.list ?? []).map(toTaxinvoiceView) };
}

/** Cash-receipt totals -> view. */
export function toCashbillSummary(
  jobId: string,
  w: WireHTCashbillSummary,
): HometaxCashbillSummaryView {
  return {
    jobId,
    count: count(w.count),
    supplyCostTotal: count(w.supplyCostTotal),
    taxTotal: count(w.taxTotal),
    serviceFeeTotal: count(w.serviceFeeTotal),
    amountTotal: count(w.amountTotal),
  };
}

/** Tax-invoice totals -> view. */
export function toTaxinvoiceSummary(
  jobId: string,
  w: WireHTTaxinvoiceSummary,
): HometaxTaxinvoiceSummaryView {
  return {
    jobId,
    count: count(w.count),
    supplyCostTotal: count(w.supplyCostTotal),
    taxTotal: count(w.taxTotal),
    amountTotal: count(w.amountTotal),
  };
}

/** korbill's status for a POPBiLL JobState (without the expiry, which only korbill knows). */
export function statusFromWire(
  state: Pick<WireJobState, "jobState" | "errorCode">,
): HometaxJobStatus {
  switch (Number(state.jobState)) {
    case 3:
      return Number(state.errorCode) === 1 ? HometaxJobStatus.COMPLETED : HometaxJobStatus.FAILED;
    case 2:
      return HometaxJobStatus.PROCESSING;
    default:
      return HometaxJobStatus.PENDING;
  }
}

/**
 * A job POPBiLL lists (listActiveJob) that korbill may not track -> view. `expiresAt` is
 * regDT + 1 hour [INF: POPBiLL says a JobID is valid for an hour after the request].
 */
export function toJobViewFromWire(
  service: HometaxService,
  w: WireJobState,
  tracked: boolean,
): HometaxJobView {
  const requested = fromKstCompact(w.regDT);
  const finished = jobStateFromWire(w.jobState) !== null && Number(w.jobState) === 3;
  return {
    jobId: w.jobID,
    service,
    direction: directionFromWire(w.queryType),
    dateType: dateTypeFromWire(w.queryDateType),
    from: isoDate(w.queryStDate),
    to: isoDate(w.queryEnDate),
    status: statusFromWire(w),
    jobState: jobStateFromWire(w.jobState),
    errorCode: finished ? amount(w.errorCode) : null,
    errorReason: finished ? text(w.errorReason) : null,
    collectCount: count(w.collectCount),
    requestedAt: requested ? toKstIso(requested) : null,
    expiresAt: requested ? toKstIso(requested.getTime() + HOMETAX_LIMITS.jobLifetimeMs) : null,
    startedAt: kstCompactToIso(w.jobStartDT),
    finishedAt: kstCompactToIso(w.jobEndDT),
    tracked,
  };
}
