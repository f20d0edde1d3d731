import { registerEnumType } from "type-graphql";
import {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  PointsSortOrder,
  RefundStatus,
} from "../enums.js";

export {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  PointsSortOrder,
  RefundStatus,
};

registerEnumType(PointsService, {
  name: "PointsService",
  description: "A POPBiLL service whose price a member can ask for.",
  valuesConfig: {
    CASHBILL: { description: "Cash receipts (현금영수증)." },
    HOMETAX_CASHBILL: { description: "HomeTax cash-receipt collection (flat-rate; no unit cost)." },
    HOMETAX_TAXINVOICE: {
      description: "HomeTax tax-invoice collection (flat-rate; no unit cost).",
    },
    ACCOUNT_CHECK_NAME: { description: "Account-holder name lookup (예금주 성명조회)." },
    ACCOUNT_CHECK_REAL_NAME: { description: "Account-holder verification (예금주 실명조회)." },
  },
});

registerEnumType(PointsSortOrder, {
  name: "PointsSortOrder",
  description: "Sort order of the points ledger.",
  valuesConfig: {
    DESC: { description: "Newest first (the default)." },
    ASC: { description: "Oldest first." },
  },
});

registerEnumType(PaymentStatus, {
  name: "PointsPaymentStatus",
  description: "Where a bank-transfer charge stands. The raw POPBiLL code is in `settleState`.",
  valuesConfig: {
    PENDING: { description: "Waiting for the deposit (settleState 1)." },
    COMPLETED: { description: "Deposit received, points credited (settleState 2)." },
    CANCELLED: { description: "Cancelled (settleState 3)." },
    UNKNOWN: { description: "A code korbill does not know yet; see settleState." },
  },
});

registerEnumType(RefundStatus, {
  name: "PointsRefundStatus",
  description: "Where a refund request stands. The raw POPBiLL code is in `state`.",
  valuesConfig: {
    REQUESTED: { description: "Requested, not yet paid out (state 1)." },
    COMPLETED: { description: "Paid out (state 2)." },
    CANCELLED: { description: "Cancelled or refused (state 3)." },
    UNKNOWN: { description: "A code korbill does not know yet; see state." },
  },
});

registerEnumType(PointsItem, {
  name: "PointsItem",
  description: "The POPBiLL service a ledger entry belongs to. The raw code is in `itemCode`.",
  valuesConfig: {
    TAXINVOICE: { description: "Tax invoices (110)." },
    HOMETAX_TAXINVOICE: { description: "HomeTax tax-invoice collection (111)." },
    STATEMENT: { description: "Electronic statements (121-126)." },
    CASHBILL: { description: "Cash receipts (140)." },
    HOMETAX_CASHBILL: { description: "HomeTax cash-receipt collection (141)." },
    MESSAGE: { description: "SMS, LMS and MMS (150-152)." },
    KAKAO: { description: "KakaoTalk messages (153-158)." },
    FAX: { description: "Fax (160-161)." },
    CLOSEDOWN: { description: "Business closure lookups (170)." },
    BIZ_INFO_CHECK: { description: "Business information lookups (171)." },
    EASYFIN_BANK: { description: "Bank account inquiry (180)." },
    ACCOUNT_CHECK_NAME: { description: "Account-holder name lookups (182)." },
    ACCOUNT_CHECK_REAL_NAME: { description: "Account-holder verifications (183)." },
    UNKNOWN: { description: "A code korbill does not know yet; see itemCode." },
  },
});

registerEnumType(IdentityType, {
  name: "AccountIdentityType",
  description: "Whose identity an account-holder verification compares against.",
  valuesConfig: {
    PERSON: { description: "An individual: identityNum is the birth date as yyMMdd." },
    BUSINESS: { description: "A business: identityNum is its 10-digit registration number." },
  },
});

registerEnumType(AccountCheckOutcome, {
  name: "AccountCheckOutcome",
  description: "How an account-holder check ended. The raw POPBiLL code is in `result`.",
  valuesConfig: {
    SUCCESS: { description: "The bank answered (result 0000)." },
    FAILURE: { description: "The bank or POPBiLL reported a problem; see resultMessage." },
    UNKNOWN: { description: "POPBiLL sent no result code." },
  },
});

registerEnumType(ContactRole, {
  name: "MemberContactRole",
  description: "What a member's contact (a POPBiLL login) may see and do.",
  valuesConfig: {
    PERSONAL: { description: "Only the documents this contact handled (searchRole 1)." },
    READ: { description: "Read all of the company's documents (searchRole 2)." },
    COMPANY: { description: "Act on all of the company's documents (searchRole 3)." },
    UNKNOWN: { description: "A role korbill does not know yet; see searchRole." },
  },
});
