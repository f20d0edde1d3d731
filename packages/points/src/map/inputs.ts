import type { ContactRole, IdentityType, PointsSortOrder } from "../enums.js";

/**
 * Input field shapes in English terms. The GraphQL input types implement these, so validation
 * and mapping work the same for GraphQL variables and script callers.
 */

/** Paging of a POPBiLL list. */
export interface PageFields {
  /** From 1; default 1. */
  page?: number | null;
  /** 1..1000; default 500. */
  perPage?: number | null;
}

/** A day range (ISO `yyyy-MM-dd`, Korean calendar days) with paging. */
export interface DateRangeFields extends PageFields {
  from: string;
  to: string;
}

/** GetUseHistory's filters. */
export interface UseHistoryFields extends DateRangeFields {
  order?: PointsSortOrder | null;
}

/** A bank-transfer charge request (PaymentForm). */
export interface PaymentRequestFields {
  settlerName: string;
  settlerEmail: string;
  /** Mobile number POPBiLL notifies (notifyHP). */
  notifyPhone: string;
  /** The name the deposit will be made under (paymentName, 입금자명). */
  depositorName: string;
  /** KRW to deposit (settleCost). */
  settleCost: number;
}

/** A refund request (RefundForm). */
export interface RefundRequestFields {
  contactName: string;
  contactPhone: string;
  /** Points to refund (requestPoint). */
  requestPoint: number;
  /** Bank name as POPBiLL spells it, e.g. 국민 (accountBank). */
  bankName: string;
  accountNumber: string;
  /** 예금주 (accountName). */
  accountHolder: string;
  reason: string;
}

/** A bank account to look the holder up for. */
export interface AccountFields {
  /** 4-digit institution code, e.g. 0004. */
  bankCode: string;
  /** Digits; dashes are removed. */
  accountNumber: string;
}

/** An account plus the identity to verify against it. */
export interface AccountVerificationFields extends AccountFields {
  identityType: IdentityType;
  /** PERSON: birth date yyMMdd; BUSINESS: 10-digit BRN. Dashes are removed. */
  identityNum: string;
}

/** Company details (CorpInfo). */
export interface CorpInfoFields {
  ceoName: string;
  corpName: string;
  address: string;
  bizType: string;
  bizClass: string;
}

/** JoinMember's form: the company, its first login and contact. */
export interface JoinMemberFields extends CorpInfoFields {
  corpNum: string;
  id: string;
  /** Passed through to POPBiLL only; never stored, logged or echoed. */
  password: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** A contact (POPBiLL login) of a member. */
export interface ContactFields {
  id: string;
  name: string;
  email: string;
  phone: string;
  role: ContactRole;
}

/** A new contact, with its password. */
export interface NewContactFields extends ContactFields {
  /** Passed through to POPBiLL only; never stored, logged or echoed. */
  password: string;
}
