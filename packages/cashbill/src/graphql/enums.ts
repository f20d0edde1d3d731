import { registerEnumType } from "type-graphql";
import {
  BulkState,
  CancelType,
  CashbillDateType,
  CashbillEventType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";

export {
  BulkState,
  CancelType,
  CashbillDateType,
  CashbillEventType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
};

registerEnumType(TradeType, {
  name: "TradeType",
  description: "Whether a cash receipt records a sale or cancels an earlier receipt.",
  valuesConfig: {
    APPROVAL: { description: "A sale (승인거래)." },
    CANCEL: {
      description: "Cancels an earlier receipt (취소거래); needs orgConfirmNum and orgTradeDate.",
    },
  },
});

registerEnumType(TradeUsage, {
  name: "TradeUsage",
  description: "What the buyer uses the receipt for.",
  valuesConfig: {
    INCOME_DEDUCTION: {
      description:
        "An individual's income-tax deduction (소득공제용). Identity: mobile number, resident registration number or cash-receipt card.",
    },
    EXPENSE_PROOF: {
      description:
        "A business's proof of expense (지출증빙용). Identity: business registration number, card number or mobile number.",
    },
  },
});

registerEnumType(TradeOption, {
  name: "TradeOption",
  description: "Deduction category of the sale.",
  valuesConfig: {
    GENERAL: { description: "Ordinary goods and services (일반)." },
    BOOKS_PERFORMANCES: { description: "Books and performances (도서공연)." },
    PUBLIC_TRANSPORT: { description: "Public transport (대중교통)." },
  },
});

registerEnumType(TaxationType, {
  name: "TaxationType",
  description: "Whether the sale is subject to VAT.",
  valuesConfig: {
    TAXABLE: { description: "Subject to VAT (과세)." },
    TAX_FREE: { description: "Exempt from VAT (비과세); tax must be 0." },
  },
});

registerEnumType(CancelType, {
  name: "CancelType",
  description: "Why a receipt is cancelled.",
  valuesConfig: {
    TRANSACTION_CANCELLED: { description: "The sale was called off (거래취소)." },
    ISSUED_IN_ERROR: { description: "The receipt was issued by mistake (오류발급취소)." },
    OTHER: { description: "Another reason (기타)." },
  },
});

registerEnumType(CashbillState, {
  name: "CashbillState",
  description: "Where a cash receipt stands. The raw POPBiLL code is in `stateCode`.",
  valuesConfig: {
    DRAFT: { description: "Saved, not issued (100)." },
    ISSUED: { description: "Issued, waiting for filing with the National Tax Service (300)." },
    NTS_FILED: { description: "Filed with the National Tax Service (304)." },
    NTS_FAILED: {
      description: "Filing with the National Tax Service failed (305); see ntsResultCode.",
    },
    CANCELLED: { description: "Cancelled before filing (4xx)." },
    UNKNOWN: { description: "A state code korbill does not know yet; see stateCode." },
  },
});

registerEnumType(BulkState, {
  name: "BulkState",
  description: "Where a bulk submission stands.",
  valuesConfig: {
    RECORDED: { description: "Recorded by korbill, not yet accepted by POPBiLL." },
    SUBMITTED: { description: "Accepted by POPBiLL, queued (txState 0)." },
    RECONCILING: {
      description: "The submission's outcome was unclear; korbill is asking POPBiLL what happened.",
    },
    PROCESSING: { description: "POPBiLL is issuing the receipts (txState 1)." },
    COMPLETED: {
      description: "Every receipt has a result (txState 2); filing results may still follow.",
    },
    FAILED: { description: "POPBiLL refused the whole submission; see error." },
  },
});

registerEnumType(CashbillEventType, {
  name: "CashbillEventType",
  description: "Kinds of live cash-receipt events.",
  valuesConfig: {
    BULKRESULT: { description: "A receipt of a bulk submission was issued or refused." },
    ISSUED: { description: "A receipt was issued." },
    NTS_FILED: { description: "A receipt was filed with the National Tax Service." },
    NTS_FAILED: { description: "Filing a receipt with the National Tax Service failed." },
  },
});

registerEnumType(CashbillDateType, {
  name: "CashbillDateType",
  description: "Which date a search range applies to.",
  valuesConfig: {
    REGISTERED: { description: "When the receipt was registered with POPBiLL." },
    TRADE: { description: "The trade date." },
    ISSUED: { description: "When the receipt was issued." },
  },
});

registerEnumType(CashbillSortOrder, {
  name: "CashbillSortOrder",
  description: "Sort order of search results.",
  valuesConfig: {
    DESC: { description: "Newest first." },
    ASC: { description: "Oldest first." },
  },
});
