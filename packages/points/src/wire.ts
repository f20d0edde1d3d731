/**
 * POPBiLL points, member and account-check JSON shapes exactly as on the wire (popbill.md §1.7,
 * §3a; popbill@1.64.2 `lib/BaseService.js`, `lib/AccountCheckService.js`; official examples).
 * Amounts are strings in most SDKs and numbers in some: every numeric field accepts both.
 */

/** A number the SDKs declare as string in one language and number in another. */
export type WireNumber = string | number;

/** `{remainPoint}` from the auth host's `/Point` and `/PartnerPoint`. */
export interface WireRemainPoint {
  remainPoint: WireNumber;
}

/** `{url}` from `/Member?TG=…` and the auth host's `/URL?TG=CHRG`. */
export interface WireUrl {
  url: string;
}

/** The generic `{code, message}` reply; `code` 1 means success. */
export interface WireResponse {
  code: number;
  message?: string;
}

/** GetUnitCost reply. */
export interface WireUnitCost {
  unitCost: WireNumber;
}

/** GetChargeInfo reply (과금정보). */
export interface WireChargeInfo {
  unitCost?: WireNumber | null;
  /** 과금유형, e.g. 연동과금 / 파트너과금 (free text). */
  chargeMethod?: string | null;
  /** 과금제도, e.g. 분과금 / 정액제 (free text). */
  rateSystem?: string | null;
}

/** PaymentForm (무통장 입금신청), keys in the official examples' order. */
export interface WirePaymentForm {
  settlerName: string;
  settlerEmail: string;
  notifyHP: string;
  paymentName: string;
  /** 결제금액, a string of digits. */
  settleCost: string;
}

/** PaymentRequest reply. */
export interface WirePaymentResponse extends WireResponse {
  settleCode?: string;
}

/** One bank-transfer charge (GetSettleResult, GetPaymentHistory list item). */
export interface WirePaymentHistory {
  productType?: string | null;
  productName?: string | null;
  settleType?: string | null;
  settlerName?: string | null;
  settlerEmail?: string | null;
  settleCost?: WireNumber | null;
  settlePoint?: WireNumber | null;
  /** 결제상태 (value meanings undocumented; see map/codes.ts). */
  settleState?: WireNumber | null;
  regDT?: string | null;
  stateDT?: string | null;
}

/** The paging envelope every history list shares. */
export interface WirePage<T> {
  code?: number;
  total?: WireNumber;
  perPage?: WireNumber;
  pageNum?: WireNumber;
  pageCount?: WireNumber;
  list?: T[] | null;
}

/** One points movement (GetUseHistory list item). */
export interface WireUseHistory {
  /** Service code (§1.5), string in .NET, int in Java. */
  itemCode?: WireNumber | null;
  /** 포인트 증감 유형 (meanings undocumented). */
  txType?: WireNumber | null;
  txPoint?: WireNumber | null;
  balance?: WireNumber | null;
  txDT?: string | null;
  userID?: string | null;
  userName?: string | null;
}

/** RefundForm (환불신청), keys in the official examples' order. */
export interface WireRefundForm {
  contactName: string;
  tel: string;
  /** 환불신청 포인트, a string of digits. */
  requestPoint: string;
  /** 은행명, e.g. 국민. */
  accountBank: string;
  accountNum: string;
  /** 예금주. */
  accountName: string;
  reason: string;
}

/** Refund reply. */
export interface WireRefundResponse extends WireResponse {
  refundCode?: string;
}

/** One refund request (GetRefundInfo, GetRefundHistory list item). */
export interface WireRefundHistory {
  reqDT?: string | null;
  requestPoint?: WireNumber | null;
  accountBank?: string | null;
  accountNum?: string | null;
  accountName?: string | null;
  /** 상태 (meanings undocumented; see map/codes.ts). */
  state?: WireNumber | null;
  reason?: string | null;
}

/** GetRefundableBalance reply. */
export interface WireRefundableBalance {
  refundableBalance: WireNumber;
}

/** CheckAccountInfo reply (예금주 성명조회). `checkDate` is epoch milliseconds as text. */
export interface WireAccountCheckInfo {
  result?: string | null;
  resultMessage?: string | null;
  accountName?: string | null;
  bankCode?: string | null;
  accountNumber?: string | null;
  checkDate?: string | number | null;
  /** Declared by the Java SDK only. */
  resultCode?: string | null;
  /** Declared by the Java SDK only. */
  checkDT?: string | null;
}

/** CheckDepositorInfo reply (예금주 실명조회). */
export interface WireDepositorCheckInfo extends WireAccountCheckInfo {
  identityNumType?: string | null;
  identityNum?: string | null;
}

/** 실명번호 유형 of CheckDepositorInfo: P 개인 (birth date yyMMdd), B 사업자 (BRN). */
export type WireIdentityNumType = "P" | "B";

/** JoinForm, keys and order as in the official Node example (`Password`, not the legacy `PWD`). */
export interface WireJoinForm {
  ID: string;
  Password: string;
  LinkID: string;
  CorpNum: string;
  CEOName: string;
  CorpName: string;
  Addr: string;
  BizType: string;
  BizClass: string;
  ContactName: string;
  ContactEmail: string;
  ContactTEL: string;
}

/** CorpInfo (GetCorpInfo reply, UpdateCorpInfo body); note the lower-case `ceoname`. */
export interface WireCorpInfo {
  ceoname?: string | null;
  corpName?: string | null;
  addr?: string | null;
  bizType?: string | null;
  bizClass?: string | null;
}

/** ContactInfo as ListContact / GetContactInfo return it. */
export interface WireContactInfo {
  id?: string | null;
  personName?: string | null;
  email?: string | null;
  tel?: string | null;
  hp?: string | null;
  fax?: string | null;
  /** 담당자 권한: 1 개인, 2 읽기, 3 회사. */
  searchRole?: WireNumber | null;
  mgrYN?: boolean | null;
  state?: WireNumber | null;
  regDT?: string | null;
}

/** ContactInfo sent by RegistContact (with `Password`) and UpdateContact (without). */
export interface WireContactForm {
  id: string;
  Password?: string;
  personName: string;
  tel: string;
  email: string;
  searchRole: number;
}
