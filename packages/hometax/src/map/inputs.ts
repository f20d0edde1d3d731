import type {
  HometaxDateType,
  HometaxDirection,
  HometaxPurposeType,
  HometaxService,
  HometaxSortOrder,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
} from "../enums.js";

/**
 * Caller-facing input shapes in English terms (the GraphQL input classes implement them;
 * scripts may pass plain objects). Every field is checked by `validate/` before any call.
 */

/** A crawl request: which service, which side, which dates (ISO `yyyy-MM-dd`, KST days). */
export interface HometaxJobRequestFields {
  service: HometaxService;
  direction: HometaxDirection;
  /** Tax invoices only (required there); must be absent for cash receipts. */
  dateType?: HometaxDateType | null;
  from: string;
  to: string;
}

/** Filters of crawled cash receipts; an empty list or absence means "all". */
export interface HometaxCashbillFilterFields {
  tradeTypes?: HometaxTradeType[] | null;
  tradeUsages?: HometaxTradeUsage[] | null;
}

/** Filters of crawled tax invoices; an empty list or absence means "all". */
export interface HometaxTaxinvoiceFilterFields {
  kinds?: HometaxTaxinvoiceKind[] | null;
  taxTypes?: HometaxTaxType[] | null;
  purposeTypes?: HometaxPurposeType[] | null;
  /** Whose branch numbers `taxRegIds` are; required with `taxRegIds`. */
  taxRegIdParty?: HometaxTaxRegIdParty | null;
  /** 종사업장번호, 4 digits each. */
  taxRegIds?: string[] | null;
  /** true: counterparts with a branch number only; false: without one only. */
  hasTaxRegId?: boolean | null;
  /** Counterpart name or registration number. */
  searchString?: string | null;
}

/** Paging of a result list. */
export interface HometaxPaging {
  /** 1-based; default 1. */
  page?: number | null;
  /** 1..1000; default 500. */
  perPage?: number | null;
  order?: HometaxSortOrder | null;
}

/** A department user to register. Never stored or logged by korbill. */
export interface HometaxDeptUserFields {
  id: string;
  password: string;
  /** [INF] The identity number POPBiLL added in Aug 2025 as `secAuth` (optional). */
  identityNum?: string | null;
}
