import { registerEnumType } from "type-graphql";
import {
  HometaxAuthMethod,
  HometaxDateType,
  HometaxDirection,
  HometaxJobEventType,
  HometaxJobState,
  HometaxJobStatus,
  HometaxPurposeType,
  HometaxReadinessStatus,
  HometaxService,
  HometaxSortOrder,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
} from "../enums.js";
import { AUTH_METHODS_DOC } from "./docs.js";

export {
  HometaxAuthMethod,
  HometaxDateType,
  HometaxDirection,
  HometaxJobEventType,
  HometaxJobState,
  HometaxJobStatus,
  HometaxPurposeType,
  HometaxReadinessStatus,
  HometaxService,
  HometaxSortOrder,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
};

registerEnumType(HometaxService, {
  name: "HometaxService",
  description:
    "Which HomeTax crawl: cash receipts or tax invoices. Logins and jobs are per service.",
  valuesConfig: {
    CASHBILL: { description: "Cash receipts (현금영수증) issued to or by the member." },
    TAXINVOICE: {
      description: "Electronic tax invoices (전자세금계산서) issued to, by or through the member.",
    },
  },
});

registerEnumType(HometaxDirection, {
  name: "HometaxDirection",
  description: "Which side of the member's trade to crawl.",
  valuesConfig: {
    SELL: { description: "Sales (매출): documents the member issued." },
    BUY: { description: "Purchases (매입): documents issued to the member." },
    TRUSTEE: {
      description:
        "Trustee (수탁): tax invoices issued by the member on another's behalf. Tax invoices only.",
    },
  },
});

registerEnumType(HometaxDateType, {
  name: "HometaxDateType",
  description:
    "Which date of a tax invoice `from`/`to` select on. Tax invoices only (cash receipts use the trade date).",
  valuesConfig: {
    WRITE: { description: "The date written on the invoice (작성일자)." },
    ISSUE: { description: "The date it was issued (발행일자)." },
    SEND: { description: "The date it was sent to the National Tax Service (전송일자)." },
  },
});

registerEnumType(HometaxAuthMethod, {
  name: "HometaxAuthMethod",
  description: AUTH_METHODS_DOC,
  valuesConfig: {
    DEPT_USER: {
      description:
        "A HomeTax department user (부서사용자). Recommended: free, read-only, semi-permanent, several logins at once.",
    },
    CERTIFICATE: {
      description:
        "A joint certificate (공동인증서). Paid, renewed every year, one login at a time.",
    },
  },
});

registerEnumType(HometaxJobState, {
  name: "HometaxJobState",
  description:
    "POPBiLL's own job state. FINISHED does not mean success: see `status` or `errorCode`.",
  valuesConfig: {
    PENDING: { description: "Waiting to start (jobState 1, 대기)." },
    PROCESSING: { description: "Crawling (jobState 2, 진행중)." },
    FINISHED: { description: "Ended, successfully or not (jobState 3, 완료)." },
  },
});

registerEnumType(HometaxJobStatus, {
  name: "HometaxJobStatus",
  description: "Where a crawl job stands.",
  valuesConfig: {
    PENDING: { description: "Requested; HomeTax has not started yet." },
    PROCESSING: { description: "Crawling; `collectCount` grows." },
    COMPLETED: { description: "Crawled successfully: search and summarise it until `expiresAt`." },
    FAILED: {
      description:
        "The crawl failed: `errorCode` and `errorReason` say why (e.g. -11100001 Failed login HomeTax).",
    },
    EXPIRED: {
      description:
        "More than an hour after the request: POPBiLL no longer serves it. Request a new job.",
    },
  },
});

registerEnumType(HometaxJobEventType, {
  name: "HometaxJobEventType",
  description: "What happened to a crawl job.",
  valuesConfig: {
    REQUESTED: { description: "POPBiLL accepted the request and returned a JobID." },
    PROGRESS: { description: "The job state or the number collected changed." },
    COMPLETED: { description: "The crawl succeeded; results can be queried." },
    FAILED: { description: "The crawl failed; see errorCode / errorReason." },
    EXPIRED: { description: "The hour is over; results are gone." },
  },
});

registerEnumType(HometaxReadinessStatus, {
  name: "HometaxReadinessStatus",
  description: "Whether a crawl requested now would work. `advice` says what to do otherwise.",
  valuesConfig: {
    READY: {
      description: "A registered login works; crawling will succeed as far as authentication goes.",
    },
    NO_METHOD_REGISTERED: {
      description: "Neither a department user nor a certificate is registered.",
    },
    CERTIFICATE_EXPIRING: {
      description: "Crawling works with the certificate, but it expires within 30 days.",
    },
    CERTIFICATE_EXPIRED: {
      description: "The only usable login was the certificate, and it has expired.",
    },
    LOGIN_FAILING: {
      description:
        "A login is registered but HomeTax refuses it (wrong password, revoked rights, …).",
    },
    FLAT_RATE_MISSING: {
      description:
        "The login works, but the member has no active flat-rate (정액제) contract, which crawling needs: " +
        "subscribe on the page hometaxFlatRatePopupUrl opens.",
    },
  },
});

registerEnumType(HometaxTradeType, {
  name: "HometaxTradeType",
  description: "A crawled cash receipt records a sale or cancels one.",
  valuesConfig: {
    APPROVAL: { description: "A sale (승인거래)." },
    CANCEL: { description: "A cancellation (취소거래)." },
  },
});

registerEnumType(HometaxTradeUsage, {
  name: "HometaxTradeUsage",
  description: "What a crawled cash receipt was issued for.",
  valuesConfig: {
    INCOME_DEDUCTION: { description: "An individual's income-tax deduction (소득공제용)." },
    EXPENSE_PROOF: { description: "A business's proof of expense (지출증빙용)." },
  },
});

registerEnumType(HometaxTaxinvoiceKind, {
  name: "HometaxTaxinvoiceKind",
  description: "An original tax invoice or a modified one (수정세금계산서).",
});

registerEnumType(HometaxTaxType, {
  name: "HometaxTaxType",
  description: "VAT treatment of a tax invoice.",
  valuesConfig: {
    TAXABLE: { description: "과세 (10% VAT)." },
    ZERO_RATED: { description: "영세 (0% VAT)." },
    TAX_FREE: { description: "면세 (exempt; a 계산서 rather than a 세금계산서)." },
  },
});

registerEnumType(HometaxPurposeType, {
  name: "HometaxPurposeType",
  description: "Whether a tax invoice acknowledges payment or claims it.",
  valuesConfig: {
    RECEIPT: { description: "영수: already paid." },
    CLAIM: { description: "청구: to be paid." },
    NONE: { description: "Neither marked (search filter only)." },
  },
});

registerEnumType(HometaxTaxRegIdParty, {
  name: "HometaxTaxRegIdParty",
  description: "Whose branch number (종사업장번호) a `taxRegIds` filter matches.",
});

registerEnumType(HometaxSortOrder, {
  name: "HometaxSortOrder",
  description: "Result order (by date, as POPBiLL sorts).",
});
