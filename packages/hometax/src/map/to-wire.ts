import { isoDateToCompact, defined } from "@korbill/core-domain";
import type {
  HTCashbillFilterQuery,
  HTCashbillSearchQuery,
  HTTaxinvoiceFilterQuery,
  HTTaxinvoiceSearchQuery,
} from "../client/query.js";
import { HometaxService } from "../enums.js";
import type {
  HometaxCashbillFilterFields,
  HometaxJobRequestFields,
  HometaxPaging,
  HometaxTaxinvoiceFilterFields,
} from "./inputs.js";
import { HOMETAX_LIMITS } from "../validate/rules.js";
import type { WireDateType, WireQueryType } from "../wire.js";
import {
  DATE_TYPE_TO_WIRE,
  DIRECTION_TO_WIRE,
  KIND_TO_WIRE,
  ORDER_TO_WIRE,
  PURPOSE_TYPE_TO_WIRE,
  TAX_REG_ID_PARTY_TO_WIRE,
  TAX_TYPE_TO_WIRE,
  TRADE_TYPE_TO_WIRE,
  TRADE_USAGE_TO_WIRE,
} from "./codes.js";

/** A validated crawl request in upstream terms. */
export interface WireJobRequest {
  service: HometaxService;
  queryType: WireQueryType;
  /** Tax invoices only. */
  dType: WireDateType | null;
  sDate: string;
  eDate: string;
}

/** A validated crawl request -> path words and `yyyyMMdd` dates. */
export function toWireJobRequest(input: HometaxJobRequestFields): WireJobRequest {
  return {
    service: input.service,
    queryType: DIRECTION_TO_WIRE[input.direction],
    dType:
      input.service === HometaxService.TAXINVOICE && input.dateType
        ? DATE_TYPE_TO_WIRE[input.dateType]
        : null,
    sDate: defined(isoDateToCompact(input.from), "validated from"),
    eDate: defined(isoDateToCompact(input.to), "validated to"),
  };
}

function codes<K extends string, V extends string>(
  table: Record<K, V>,
  list: readonly K[] | null | undefined,
): V[] | undefined {
  return list?.length ? [...new Set(list.map((k) => table[k]))] : undefined;
}

/** Paging with korbill's default page size (POPBiLL's own default, 500, stated explicitly). */
function pagingToWire(paging: HometaxPaging): { page: number; perPage: number; order?: "D" | "A" } {
  return {
    page: paging.page ?? 1,
    perPage: paging.perPage ?? HOMETAX_LIMITS.defaultPerPage,
    ...(paging.order ? { order: ORDER_TO_WIRE[paging.order] } : {}),
  };
}

/** Validated cash-receipt filters -> HTCashbill query codes. */
export function toCashbillFilterQuery(
  filters: HometaxCashbillFilterFields | null | undefined,
): HTCashbillFilterQuery {
  const tradeType = codes(TRADE_TYPE_TO_WIRE, filters?.tradeTypes);
  const tradeUsage = codes(TRADE_USAGE_TO_WIRE, filters?.tradeUsages);
  return { ...(tradeType ? { tradeType } : {}), ...(tradeUsage ? { tradeUsage } : {}) };
}

/** Validated cash-receipt filters and paging -> HTCashbill search query. */
export function toCashbillSearchQuery(
  filters: HometaxCashbillFilterFields | null | undefined,
  paging: HometaxPaging,
): HTCashbillSearchQuery {
  return { ...toCashbillFilterQuery(filters), ...pagingToWire(paging) };
}

/** Validated tax-invoice filters -> HTTaxinvoice query codes. */
export function toTaxinvoiceFilterQuery(
  filters: HometaxTaxinvoiceFilterFields | null | undefined,
): HTTaxinvoiceFilterQuery {
  const f = filters ?? {};
  const query: HTTaxinvoiceFilterQuery = {};
  const type = codes(KIND_TO_WIRE, f.kinds);
  const taxType = codes(TAX_TYPE_TO_WIRE, f.taxTypes);
  const purposeType = codes(PURPOSE_TYPE_TO_WIRE, f.purposeTypes);
  if (type) query.type = type;
  if (taxType) query.taxType = taxType;
  if (purposeType) query.purposeType = purposeType;
  if (f.taxRegIdParty) query.taxRegIDType = TAX_REG_ID_PARTY_TO_WIRE[f.taxRegIdParty];
  if (f.taxRegIds?.length) query.taxRegID = [...new Set(f.taxRegIds)];
  if (typeof f.hasTaxRegId === "boolean") query.taxRegIDYN = f.hasTaxRegId ? "1" : "0";
  if (f.searchString) query.searchString = f.searchString;
  return query;
}

/** Validated tax-invoice filters and paging -> HTTaxinvoice search query. */
export function toTaxinvoiceSearchQuery(
  filters: HometaxTaxinvoiceFilterFields | null | undefined,
  paging: HometaxPaging,
): HTTaxinvoiceSearchQuery {
  return { ...toTaxinvoiceFilterQuery(filters), ...pagingToWire(paging) };
}
