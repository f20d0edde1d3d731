import { fromKstCompact, toKstIso } from "@korbill/core-domain";
import type { WireHTTaxinvoice } from "../client/taxinvoice-docs.js";
import type { HometaxService } from "../enums.js";
import type { WireFlatRateState, WireHTTaxinvoiceAbbr } from "../wire.js";
import { fromKorean } from "./codes.js";
import { amount, isoDate, party } from "./from-wire.js";

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function int(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : null;
}

function bool(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

/** A KST `yyyyMMddHHmmss` (or `yyyyMMdd`) stamp -> ISO-8601 with +09:00, or null. */
function isoDateTime(value: unknown): string | null {
  const date = typeof value === "string" ? fromKstCompact(value) : null;
  return date ? toKstIso(date) : null;
}

/** GetTaxinvoice's HTTaxinvoice -> the `HometaxTaxinvoiceDetail` view. */
export function toTaxinvoiceDetail(w: WireHTTaxinvoice) {
  const abbr = w as unknown as WireHTTaxinvoiceAbbr;
  const trustee = party(abbr, "trustee");
  return {
    ntsConfirmNum: text(w.ntsconfirmNum),
    writeDate: isoDate(w.writeDate),
    issuedAt: isoDateTime(w.issueDT),
    invoiceType: int(w.invoiceType),
    taxType: fromKorean("taxType", w.taxType),
    purposeType: fromKorean("purposeType", w.purposeType),
    modifyCode: int(w.modifyCode),
    orgNtsConfirmNum: text(w.orgNTSConfirmNum),
    invoicer: party(abbr, "invoicer"),
    invoicee: party(abbr, "invoicee"),
    trustee: trustee.corpNum || trustee.corpName ? trustee : null,
    supplyCostTotal: amount(w.supplyCostTotal),
    taxTotal: amount(w.taxTotal),
    totalAmount: amount(w.totalAmount),
    cash: amount(w.cash),
    check: amount(w.chkBill),
    credit: amount(w.credit),
    promissoryNote: amount(w.note),
    remarks: [w.remark1, w.remark2, w.remark3].map(text).filter((r): r is string => r !== null),
    items: (Array.isArray(w.detailList) ? w.detailList : []).map((line) => ({
      serialNum: int(line?.serialNum),
      purchaseDate: isoDate(line?.purchaseDT),
      itemName: text(line?.itemName),
      spec: text(line?.spec),
      qty: text(line?.qty),
      unitCost: text(line?.unitCost),
      supplyCost: amount(line?.supplyCost),
      tax: amount(line?.tax),
      remark: text(line?.remark),
    })),
  };
}

/** [INF] FlatRateState `state` 1 = in use (POPBiLL documents no value table we could read). */
export const FLAT_RATE_STATE_IN_USE = 1;

/** GetFlatRateState -> the `HometaxFlatRate` view; `active` when in use and not restricted. */
export function toFlatRate(service: HometaxService, corpNum: string, w: WireFlatRateState) {
  const state = int(w?.state);
  return {
    service,
    corpNum,
    active: state === FLAT_RATE_STATE_IN_USE && w?.useRestrictYN !== true,
    state,
    referenceId: text(w?.referenceID),
    contractedAt: isoDateTime(w?.contractDT),
    baseDay: int(w?.baseDate),
    useEndDate: isoDate(w?.useEndDate),
    closeRequested: bool(w?.closeRequestYN),
    useRestricted: bool(w?.useRestrictYN),
    closeOnExpired: bool(w?.closeOnExpired),
    unpaid: bool(w?.unPaidYN),
    problemCode: null as number | null,
    problemMessage: null as string | null,
  };
}

/** The view when POPBiLL refused GetFlatRateState: no contract it can show. */
export function noFlatRate(
  service: HometaxService,
  corpNum: string,
  problem: { code: number | null; message: string },
): ReturnType<typeof toFlatRate> {
  return {
    ...toFlatRate(service, corpNum, {}),
    active: false,
    problemCode: problem.code,
    problemMessage: problem.message,
  };
}
