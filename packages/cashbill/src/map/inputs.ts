import type {
  CancelType,
  CashbillDateType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";

/**
 * One cash receipt as a korbill caller describes it (English enums, KRW amounts as integers,
 * ISO-8601 dates). The GraphQL `CashbillInput` implements this; scripts may pass plain objects,
 * which `validateCashbill` checks as if they were untyped. Optional fields accept null.
 */
export interface CashbillFields {
  mgtKey: string;
  tradeAt?: string | null;
  tradeType: TradeType;
  tradeUsage: TradeUsage;
  tradeOption?: TradeOption | null;
  taxationType: TaxationType;
  supplyCost: number;
  tax: number;
  serviceFee?: number | null;
  totalAmount: number;
  identityNum: string;
  franchiseCorpNum?: string | null;
  franchiseTaxRegId?: string | null;
  franchiseCorpName?: string | null;
  franchiseCeoName?: string | null;
  franchiseAddr?: string | null;
  franchiseTel?: string | null;
  customerName?: string | null;
  itemName?: string | null;
  orderNumber?: string | null;
  email?: string | null;
  hp?: string | null;
  sendSms?: boolean | null;
  memo?: string | null;
  emailSubject?: string | null;
  orgConfirmNum?: string | null;
  orgTradeDate?: string | null;
  cancelType?: CancelType | null;
}

/** The amounts of a partial cancellation. */
export interface PartialCancelFields {
  supplyCost: number;
  tax: number;
  serviceFee: number;
  totalAmount: number;
  cancelType: CancelType;
}

/** Issue a cancel receipt for an issued one (POPBiLL RevokeRegistIssue). */
export interface RevokeCashbillFields {
  mgtKey: string;
  orgConfirmNum: string;
  orgTradeDate: string;
  partial?: PartialCancelFields | null;
  memo?: string | null;
  emailSubject?: string | null;
  sendSms?: boolean | null;
  tradeAt?: string | null;
}

/** Search filters in English terms (POPBiLL Search). */
export interface CashbillSearchFields {
  dateType: CashbillDateType;
  from: string;
  to: string;
  states?: CashbillState[] | null;
  tradeTypes?: TradeType[] | null;
  tradeUsages?: TradeUsage[] | null;
  tradeOptions?: TradeOption[] | null;
  taxationTypes?: TaxationType[] | null;
  identityNum?: string | null;
  franchiseTaxRegIds?: string[] | null;
  order?: CashbillSortOrder | null;
  page?: number | null;
  perPage?: number | null;
}
