import { isoDateToCompact } from "@korbill/core-domain";
import type { HistoryQuery, PageQuery, UseHistoryQuery } from "../client/history-paths.js";
import { LIMITS } from "../validate/rules.js";
import type {
  WireContactForm,
  WireCorpInfo,
  WireJoinForm,
  WirePaymentForm,
  WireRefundForm,
} from "../wire.js";
import { CONTACT_ROLE_WIRE, IDENTITY_TYPE_WIRE, SORT_ORDER_WIRE } from "./codes.js";
import { ContactRole, PointsSortOrder } from "../enums.js";
import type {
  AccountFields,
  AccountVerificationFields,
  ContactFields,
  CorpInfoFields,
  DateRangeFields,
  JoinMemberFields,
  NewContactFields,
  PageFields,
  PaymentRequestFields,
  RefundRequestFields,
  UseHistoryFields,
} from "./inputs.js";

/** English inputs -> wire shapes. Validate first: these assume well-formed input. */

/** Removes dashes (BRNs, account and identity numbers). */
export const stripDashes = (value: string): string => value.replace(/-/g, "");

/** ISO `yyyy-MM-dd` -> `yyyyMMdd`; throws on a malformed date (validate first). */
export function isoDateToWire(isoDate: string): string {
  const compact = isoDateToCompact(isoDate);
  if (compact === null) throw new TypeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return compact;
}

/** Paging with POPBiLL's defaults made explicit: page 1, perPage 500. */
export function toPageQuery(input: PageFields = {}): Required<PageQuery> {
  return { page: input.page ?? 1, perPage: input.perPage ?? LIMITS.defaultPerPage };
}

/** A date range and paging -> GetPaymentHistory's query. */
export function toHistoryQuery(input: DateRangeFields): Required<HistoryQuery> {
  return {
    sDate: isoDateToWire(input.from),
    eDate: isoDateToWire(input.to),
    ...toPageQuery(input),
  };
}

/** GetUseHistory's query; newest first unless told otherwise. */
export function toUseHistoryQuery(input: UseHistoryFields): Required<UseHistoryQuery> {
  return { ...toHistoryQuery(input), order: SORT_ORDER_WIRE[input.order ?? PointsSortOrder.DESC] };
}

/** PaymentRequestFields -> PaymentForm (the amount as a string of digits). */
export function toPaymentForm(input: PaymentRequestFields): WirePaymentForm {
  return {
    settlerName: input.settlerName.trim(),
    settlerEmail: input.settlerEmail,
    notifyHP: input.notifyPhone,
    paymentName: input.depositorName.trim(),
    settleCost: String(input.settleCost),
  };
}

/** RefundRequestFields -> RefundForm (points as a string of digits, account without dashes). */
export function toRefundForm(input: RefundRequestFields): WireRefundForm {
  return {
    contactName: input.contactName.trim(),
    tel: input.contactPhone,
    requestPoint: String(input.requestPoint),
    accountBank: input.bankName.trim(),
    accountNum: stripDashes(input.accountNumber),
    accountName: input.accountHolder.trim(),
    reason: input.reason.trim(),
  };
}

/** CheckAccountInfo's arguments. */
export function toAccountArgs(input: AccountFields): { bankCode: string; accountNumber: string } {
  return { bankCode: input.bankCode, accountNumber: stripDashes(input.accountNumber) };
}

/** CheckDepositorInfo's arguments. */
export function toVerificationArgs(input: AccountVerificationFields) {
  return {
    ...toAccountArgs(input),
    identityNumType: IDENTITY_TYPE_WIRE[input.identityType],
    identityNum: stripDashes(input.identityNum),
  };
}

/** CorpInfoFields -> CorpInfo. */
export function toCorpInfo(input: CorpInfoFields): WireCorpInfo {
  return {
    ceoname: input.ceoName.trim(),
    corpName: input.corpName.trim(),
    addr: input.address.trim(),
    bizType: input.bizType.trim(),
    bizClass: input.bizClass.trim(),
  };
}

/** JoinMemberFields -> JoinForm without LinkID (the client adds its own). */
export function toJoinForm(input: JoinMemberFields): Omit<WireJoinForm, "LinkID"> {
  return {
    ID: input.id,
    Password: input.password,
    CorpNum: stripDashes(input.corpNum),
    CEOName: input.ceoName.trim(),
    CorpName: input.corpName.trim(),
    Addr: input.address.trim(),
    BizType: input.bizType.trim(),
    BizClass: input.bizClass.trim(),
    ContactName: input.contactName.trim(),
    ContactEmail: input.contactEmail,
    ContactTEL: input.contactPhone,
  };
}

/** ContactFields (+ password for a new contact) -> ContactInfo. */
export function toContactForm(input: ContactFields | NewContactFields): WireContactForm {
  if (input.role === ContactRole.UNKNOWN) throw new TypeError("role UNKNOWN cannot be sent");
  const password = (input as Partial<NewContactFields>).password;
  return {
    id: input.id,
    ...(password ? { Password: password } : {}),
    personName: input.name.trim(),
    tel: input.phone,
    email: input.email,
    searchRole: CONTACT_ROLE_WIRE[input.role],
  };
}
