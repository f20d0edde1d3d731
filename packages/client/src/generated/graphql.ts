/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number };
};

/** How an account-holder check ended. The raw POPBiLL code is in `result`. */
export type AccountCheckOutcome =
  /** The bank or POPBiLL reported a problem; see resultMessage. */
  | "FAILURE"
  /** The bank answered (result 0000). */
  | "SUCCESS"
  /** POPBiLL sent no result code. */
  | "UNKNOWN";

/** Who holds a bank account, as the bank says. */
export type AccountHolderCheck = {
  __typename?: "AccountHolderCheck";
  /** The holder's name (accountName). */
  accountHolder?: Maybe<Scalars["String"]["output"]>;
  /** Account number checked. */
  accountNumber?: Maybe<Scalars["String"]["output"]>;
  /** Institution code checked. */
  bankCode?: Maybe<Scalars["String"]["output"]>;
  /** When the bank was asked, ISO-8601 +09:00. */
  checkedAt?: Maybe<Scalars["String"]["output"]>;
  /** The result in English. */
  outcome: AccountCheckOutcome;
  /** POPBiLL's raw result code. */
  result?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's result message. */
  resultMessage?: Maybe<Scalars["String"]["output"]>;
};

/** A bank account to look the holder up for. */
export type AccountHolderCheckInput = {
  /** Account number, 8-14 digits; dashes are removed. */
  accountNumber: Scalars["String"]["input"];
  /** 4-digit institution code (기관코드), e.g. 0004. */
  bankCode: Scalars["String"]["input"];
};

/** Whether a bank account belongs to the given person or business. */
export type AccountHolderVerification = {
  __typename?: "AccountHolderVerification";
  /** The holder's name (accountName). */
  accountHolder?: Maybe<Scalars["String"]["output"]>;
  /** Account number checked. */
  accountNumber?: Maybe<Scalars["String"]["output"]>;
  /** Institution code checked. */
  bankCode?: Maybe<Scalars["String"]["output"]>;
  /** When the bank was asked, ISO-8601 +09:00. */
  checkedAt?: Maybe<Scalars["String"]["output"]>;
  /** The identity number checked. */
  identityNum?: Maybe<Scalars["String"]["output"]>;
  /** The identity type checked. */
  identityType?: Maybe<AccountIdentityType>;
  /** The result in English. */
  outcome: AccountCheckOutcome;
  /** POPBiLL's raw result code. */
  result?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's result message. */
  resultMessage?: Maybe<Scalars["String"]["output"]>;
};

/** A bank account and the identity its holder should have. */
export type AccountHolderVerificationInput = {
  /** Account number, 8-14 digits; dashes are removed. */
  accountNumber: Scalars["String"]["input"];
  /** 4-digit institution code (기관코드), e.g. 0004. */
  bankCode: Scalars["String"]["input"];
  /** PERSON: birth date yyMMdd (6 digits). BUSINESS: 10-digit registration number. */
  identityNum: Scalars["String"]["input"];
  /** Whether the holder is a person or a business. */
  identityType: AccountIdentityType;
};

/** Whose identity an account-holder verification compares against. */
export type AccountIdentityType =
  /** A business: identityNum is its 10-digit registration number. */
  | "BUSINESS"
  /** An individual: identityNum is the birth date as yyMMdd. */
  | "PERSON";

/** Amounts of the issued receipts in KRW: approvals (승인거래) add, cancellations (취소거래) subtract. */
export type AmountTotals = {
  __typename?: "AmountTotals";
  /** Service fees (봉사료). */
  serviceFee: Scalars["Float"]["output"];
  /** Supply amounts (공급가액). */
  supplyCost: Scalars["Float"]["output"];
  /** VAT (부가세). */
  tax: Scalars["Float"]["output"];
  /** Totals (합계금액). */
  totalAmount: Scalars["Float"]["output"];
};

/** A billing key: a card that i'mport (not korbill, not you) keeps under your `customerUid`, so you can charge it later without the card. Only the masked number and card names are ever shown or stored. Issuing a key again under the same customerUid REPLACES its card: the previous billing key is deleted (seed 004) and later charges use the new card. `replaced` and `updatedAt` show that it happened. */
export type BillingKey = {
  __typename?: "BillingKey";
  /** Card company code (financial-industry standard), e.g. `366` Shinhan, `381` KB. */
  cardCode?: Maybe<Scalars["String"]["output"]>;
  /** Card product name, e.g. `신한카드`. */
  cardName?: Maybe<Scalars["String"]["output"]>;
  /** The card number as i'mport masked it, e.g. `123456******3456`. The mask varies by PG. */
  cardNumber?: Maybe<Scalars["String"]["output"]>;
  /** Your id for this customer's card (at most 80 characters). */
  customerUid: Scalars["String"]["output"];
  /** When the customerUid was first issued (ISO-8601, +09:00); kept across replacements. */
  insertedAt?: Maybe<Scalars["String"]["output"]>;
  /** The issuing company, when the PG tells. */
  issuer?: Maybe<Scalars["String"]["output"]>;
  /** The PG that holds the key, e.g. `nice`. */
  pgProvider?: Maybe<Scalars["String"]["output"]>;
  /** True once the card under this customerUid was replaced by a later issue (updatedAt differs from insertedAt). */
  replaced: Scalars["Boolean"]["output"];
  /** How many replacements korbill has seen. */
  replacementCount: Scalars["Int"]["output"];
  /** When its card was last issued or replaced (ISO-8601, +09:00). */
  updatedAt?: Maybe<Scalars["String"]["output"]>;
};

/** One page of your billing keys, newest first. */
export type BillingKeyPage = {
  __typename?: "BillingKeyPage";
  items: Array<BillingKey>;
  /** The next page, if any. */
  nextPage?: Maybe<Scalars["Int"]["output"]>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** The previous page, if any. */
  previousPage?: Maybe<Scalars["Int"]["output"]>;
  /** Items in all pages. */
  total: Scalars["Int"]["output"];
};

/** A member's bulk issuance on one day (Korea time), from korbill's own records: submissions recorded that day by state, their receipts by outcome, amounts and points spent. */
export type BulkDaySummary = {
  __typename?: "BulkDaySummary";
  /** Amounts of the issued receipts. */
  amounts: AmountTotals;
  /** Issued cancellations (취소거래) among `issued`. */
  cancellations: Scalars["Int"]["output"];
  /** The member business. */
  corpNum: Scalars["String"]["output"];
  /** The day (yyyy-MM-dd, Korea time). */
  date: Scalars["String"]["output"];
  /** Issued receipts filed with the National Tax Service. */
  filed: Scalars["Int"]["output"];
  /** Issued receipts whose filing with the National Tax Service failed. */
  filingFailed: Scalars["Int"]["output"];
  /** Receipts issued (including those since filed or whose filing failed). */
  issued: Scalars["Int"]["output"];
  /** Receipts without an outcome yet. */
  pending: Scalars["Int"]["output"];
  /** Points spent: issued receipts × `unitCost` (refused receipts cost nothing); null when the unit cost is unknown. */
  pointsSpent?: Maybe<Scalars["Float"]["output"]>;
  /** Receipts in those submissions. */
  receipts: Scalars["Int"]["output"];
  /** Receipts refused by POPBiLL. */
  refused: Scalars["Int"]["output"];
  /** Bulk submissions recorded that day. */
  submissions: Scalars["Int"]["output"];
  /** Those submissions by state. */
  submissionsByState: BulkStateCounts;
  /** POPBiLL points per receipt for this member (asked from POPBiLL when selected); null if POPBiLL sent no number. */
  unitCost?: Maybe<Scalars["Float"]["output"]>;
};

/** One receipt's outcome in a bulk submission. */
export type BulkReceiptResult = {
  __typename?: "BulkReceiptResult";
  /** The receipt as POPBiLL shows it now (all receipts of a query fetched in one call). */
  cashbill?: Maybe<Cashbill>;
  /** POPBiLL's result code: 1 issued, otherwise a negative error code. */
  code: Scalars["Int"]["output"];
  /** NTS confirm number, when issued. */
  confirmNum?: Maybe<Scalars["String"]["output"]>;
  /** When the NTS filing result is expected: 11:00 KST the day after issuance (POPBiLL files receipts after midnight; ISO-8601 with +09:00). Null until issued. */
  expectedFilingResultAt?: Maybe<Scalars["String"]["output"]>;
  /** When it was issued (ISO-8601 with +09:00). */
  issuedAt?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's message for the code. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** Your document number. */
  mgtKey: Scalars["String"]["output"];
  /** The National Tax Service's result code, once filed. */
  ntsResultCode?: Maybe<Scalars["String"]["output"]>;
  /** NTS_FILED or NTS_FAILED once the National Tax Service has answered (usually the next day); null before. */
  ntsState?: Maybe<CashbillState>;
  /** Whether the receipt was issued (code 1). */
  success: Scalars["Boolean"]["output"];
  /** Trade date (yyyy-MM-dd). */
  tradeDate?: Maybe<Scalars["String"]["output"]>;
};

/** Where a bulk submission stands. */
export type BulkState =
  /** Every receipt has a result (txState 2); filing results may still follow. */
  | "COMPLETED"
  /** POPBiLL refused the whole submission; see error. */
  | "FAILED"
  /** POPBiLL is issuing the receipts (txState 1). */
  | "PROCESSING"
  /** The submission's outcome was unclear; korbill is asking POPBiLL what happened. */
  | "RECONCILING"
  /** Recorded by korbill, not yet accepted by POPBiLL. */
  | "RECORDED"
  /** Accepted by POPBiLL, queued (txState 0). */
  | "SUBMITTED";

/** Bulk submissions counted by state. */
export type BulkStateCounts = {
  __typename?: "BulkStateCounts";
  COMPLETED: Scalars["Int"]["output"];
  FAILED: Scalars["Int"]["output"];
  PROCESSING: Scalars["Int"]["output"];
  RECONCILING: Scalars["Int"]["output"];
  RECORDED: Scalars["Int"]["output"];
  SUBMITTED: Scalars["Int"]["output"];
};

/** A bulk submission of up to 100 cash receipts, from korbill's record and POPBiLL's processing state. */
export type BulkSubmission = {
  __typename?: "BulkSubmission";
  /** When POPBiLL finished issuing (ISO-8601 with +09:00). */
  completedAt?: Maybe<Scalars["String"]["output"]>;
  /** Why the submission FAILED, when it did. */
  error?: Maybe<Scalars["String"]["output"]>;
  /** Receipts refused. */
  failCount: Scalars["Int"]["output"];
  /** Receipts filed with the National Tax Service. */
  filedCount: Scalars["Int"]["output"];
  /** Receipts whose filing with the National Tax Service failed. */
  filingFailedCount: Scalars["Int"]["output"];
  /** POPBiLL's receipt id for the submission. */
  receiptId?: Maybe<Scalars["String"]["output"]>;
  /** Per-receipt outcomes; null until COMPLETED. */
  results?: Maybe<Array<BulkReceiptResult>>;
  /** Where the submission stands. */
  state: BulkState;
  /** Receipts submitted. */
  submitCount: Scalars["Int"]["output"];
  /** Your submission id (SubmitID). */
  submitId: Scalars["String"]["output"];
  /** When POPBiLL accepted the submission (ISO-8601 with +09:00). */
  submittedAt?: Maybe<Scalars["String"]["output"]>;
  /** Receipts issued. */
  successCount: Scalars["Int"]["output"];
  /** POPBiLL's result code for accepting the submission. */
  txResultCode?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's raw txState: 0 queued, 1 processing, 2 completed. */
  txState: Scalars["Int"]["output"];
};

/** One page of bulk submissions, newest first; pass `endCursor` as `after` for the next. */
export type BulkSubmissionPage = {
  __typename?: "BulkSubmissionPage";
  /** Cursor of the last submission on this page (null when the page is empty). */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  /** Whether another page follows. */
  hasNextPage: Scalars["Boolean"]["output"];
  /** The submissions on this page, newest first. */
  nodes: Array<BulkSubmission>;
};

/** Why a receipt is cancelled. */
export type CancelType =
  /** The receipt was issued by mistake (오류발급취소). */
  | "ISSUED_IN_ERROR"
  /** Another reason (기타). */
  | "OTHER"
  /** The sale was called off (거래취소). */
  | "TRANSACTION_CANCELLED";

/** A card as the customer typed it. korbill sends it to i'mport over TLS and never stores, logs or echoes it; only i'mport's masked number is kept. You need the customer's consent and a PG contract for key-in payments. */
export type CardInput = {
  /** Personal card: the holder's birth date `YYMMDD`. Corporate card: the 10-digit business registration number. Whether it is required depends on the PG contract. */
  birth?: InputMaybe<Scalars["String"]["input"]>;
  /** Expiry month, `YYYY-MM`; not in the past. */
  expiry: Scalars["String"]["input"];
  /** 15 or 16 digits, dashes allowed (`1234-5678-9012-3456`); must pass the Luhn check. */
  number: Scalars["String"]["input"];
  /** The first 2 digits of the card PIN (required by most Korean PGs for personal cards). */
  pinPrefix?: InputMaybe<Scalars["String"]["input"]>;
};

/** A cash receipt as POPBiLL reports it. Times are ISO-8601 with +09:00; dates yyyy-MM-dd; amounts in KRW. Fields POPBiLL leaves blank are null. */
export type Cashbill = {
  __typename?: "Cashbill";
  /** NTS confirm number (9 characters), once issued. */
  confirmNum?: Maybe<Scalars["String"]["output"]>;
  /** Buyer's name. */
  customerName?: Maybe<Scalars["String"]["output"]>;
  /** Buyer's e-mail. */
  email?: Maybe<Scalars["String"]["output"]>;
  /** When the NTS filing result is expected: 11:00 KST the day after issuance (POPBiLL files receipts after midnight; ISO-8601 with +09:00). Null until issued. */
  expectedFilingResultAt?: Maybe<Scalars["String"]["output"]>;
  /** Buyer's mobile number. */
  hp?: Maybe<Scalars["String"]["output"]>;
  /** The buyer's identity number as POPBiLL shows it (may be masked). */
  identityNum?: Maybe<Scalars["String"]["output"]>;
  /** Whether it was issued through the API (연동문서) rather than POPBiLL's website. */
  interOp?: Maybe<Scalars["Boolean"]["output"]>;
  /** When it was issued (ISO-8601 with +09:00). */
  issuedAt?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's own id of the receipt (18 characters). */
  itemKey?: Maybe<Scalars["String"]["output"]>;
  /** What was sold. */
  itemName?: Maybe<Scalars["String"]["output"]>;
  /** Your document number; null for a receipt issued on POPBiLL's website without one. */
  mgtKey?: Maybe<Scalars["String"]["output"]>;
  /** When the National Tax Service answered (ISO-8601 with +09:00). */
  ntsResultAt?: Maybe<Scalars["String"]["output"]>;
  /** The National Tax Service's result code: 0000 success, e.g. TS1 bad identity number. */
  ntsResultCode?: Maybe<Scalars["String"]["output"]>;
  /** The National Tax Service's result message. */
  ntsResultMessage?: Maybe<Scalars["String"]["output"]>;
  /** When it was sent to the National Tax Service (ISO-8601 with +09:00). */
  ntsSentAt?: Maybe<Scalars["String"]["output"]>;
  /** Your order number. */
  orderNumber?: Maybe<Scalars["String"]["output"]>;
  /** For a cancel receipt: the cancelled receipt's confirm number. */
  orgConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** For a cancel receipt: the cancelled receipt's trade date (yyyy-MM-dd). */
  orgTradeDate?: Maybe<Scalars["String"]["output"]>;
  /** Whether it has been printed. */
  printed?: Maybe<Scalars["Boolean"]["output"]>;
  /** When it was registered with POPBiLL (ISO-8601 with +09:00). */
  registeredAt?: Maybe<Scalars["String"]["output"]>;
  /** Service charge (KRW). */
  serviceFee?: Maybe<Scalars["Int"]["output"]>;
  /** Where the receipt stands. */
  state: CashbillState;
  /** When the state last changed (ISO-8601 with +09:00). */
  stateAt?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's raw 3-digit state code (e.g. 304), kept for states korbill does not know. */
  stateCode?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's note on the state. */
  stateMemo?: Maybe<Scalars["String"]["output"]>;
  /** Supply amount (KRW). */
  supplyCost?: Maybe<Scalars["Int"]["output"]>;
  /** VAT (KRW). */
  tax?: Maybe<Scalars["Int"]["output"]>;
  /** Taxable or tax-free. */
  taxationType?: Maybe<TaxationType>;
  /** Total (KRW). */
  totalAmount?: Maybe<Scalars["Int"]["output"]>;
  /** Trade time (ISO-8601 with +09:00). */
  tradeAt?: Maybe<Scalars["String"]["output"]>;
  /** Trade date (yyyy-MM-dd). */
  tradeDate?: Maybe<Scalars["String"]["output"]>;
  /** Deduction category. */
  tradeOption?: Maybe<TradeOption>;
  /** Sale or cancellation; null if POPBiLL sent a value korbill does not know. */
  tradeType?: Maybe<TradeType>;
  /** Income deduction or expense proof. */
  tradeUsage?: Maybe<TradeUsage>;
};

/** Which date a search range applies to. */
export type CashbillDateType =
  /** When the receipt was issued. */
  | "ISSUED"
  /** When the receipt was registered with POPBiLL. */
  | "REGISTERED"
  /** The trade date. */
  | "TRADE";

/** The parts of a receipt that only POPBiLL's full record holds (getDetailInfo): seller, fax, notification and cancel details. Query `cashbill` beside it for state and amounts. Fields POPBiLL leaves blank are null. */
export type CashbillDetail = {
  __typename?: "CashbillDetail";
  /** Cancel receipts: 1 trade cancelled, 2 issued in error, 3 other. */
  cancelType?: Maybe<Scalars["Int"]["output"]>;
  /** Subject of the buyer's e-mail. */
  emailSubject?: Maybe<Scalars["String"]["output"]>;
  /** Buyer's fax number. */
  fax?: Maybe<Scalars["String"]["output"]>;
  /** Whether the buyer was notified by fax at issue. */
  faxSend: Scalars["Boolean"]["output"];
  /** Seller's address. */
  franchiseAddr?: Maybe<Scalars["String"]["output"]>;
  /** Seller's representative. */
  franchiseCeoName?: Maybe<Scalars["String"]["output"]>;
  /** Seller's name. */
  franchiseCorpName?: Maybe<Scalars["String"]["output"]>;
  /** Seller's business number (10 digits). */
  franchiseCorpNum?: Maybe<Scalars["String"]["output"]>;
  /** Seller's branch number (종사업장). */
  franchiseTaxRegId?: Maybe<Scalars["String"]["output"]>;
  /** Seller's phone number. */
  franchiseTel?: Maybe<Scalars["String"]["output"]>;
  /** Your document number. */
  mgtKey: Scalars["String"]["output"];
  /** Whether the buyer was notified by SMS at issue. */
  smsSend: Scalars["Boolean"]["output"];
};

/** Whether POPBiLL e-mails buyers on an event (CSH_ISSUE: the receipt was issued). */
export type CashbillEmailConfig = {
  __typename?: "CashbillEmailConfig";
  /** POPBiLL's e-mail type, e.g. CSH_ISSUE. */
  emailType: Scalars["String"]["output"];
  /** Whether the e-mail is sent. */
  send: Scalars["Boolean"]["output"];
};

/** A cash-receipt event. Pass its cursor as `after` when resubscribing to receive what you missed. */
export type CashbillEvent = {
  __typename?: "CashbillEvent";
  /** When it happened (ISO-8601 with +09:00). */
  at: Scalars["String"]["output"];
  /** POPBiLL's result code: 1 success, otherwise a negative error code. */
  code?: Maybe<Scalars["Int"]["output"]>;
  /** NTS confirm number. */
  confirmNum?: Maybe<Scalars["String"]["output"]>;
  /** The member business (10 digits) the receipt belongs to. */
  corpNum?: Maybe<Scalars["String"]["output"]>;
  /** Opaque position in the event log; resume after it. */
  cursor: Scalars["String"]["output"];
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** Your document number. */
  mgtKey?: Maybe<Scalars["String"]["output"]>;
  /** The National Tax Service's result code (NTS events). */
  ntsResultCode?: Maybe<Scalars["String"]["output"]>;
  /** The National Tax Service's result message (NTS events). */
  ntsResultMessage?: Maybe<Scalars["String"]["output"]>;
  /** The bulk submission, for BULKRESULT events. */
  submitId?: Maybe<Scalars["String"]["output"]>;
  /** Whether the step succeeded. */
  success?: Maybe<Scalars["Boolean"]["output"]>;
  /** Trade date (yyyy-MM-dd). */
  tradeDate?: Maybe<Scalars["String"]["output"]>;
  /** What happened. */
  type: CashbillEventType;
};

/** Kinds of live cash-receipt events. */
export type CashbillEventType =
  /** A receipt of a bulk submission was issued or refused. */
  | "BULKRESULT"
  /** A receipt was issued. */
  | "ISSUED"
  /** Filing a receipt with the National Tax Service failed. */
  | "NTS_FAILED"
  /** A receipt was filed with the National Tax Service. */
  | "NTS_FILED";

/** One cash receipt to issue. Everything is checked before POPBiLL is called; all problems come back together as BAD_USER_INPUT. */
export type CashbillInput = {
  /** CANCEL only: why it is cancelled. */
  cancelType?: InputMaybe<CancelType>;
  /** Buyer's name (at most 100 characters). */
  customerName?: InputMaybe<Scalars["String"]["input"]>;
  /** Buyer's e-mail; POPBiLL mails the receipt there. */
  email?: InputMaybe<Scalars["String"]["input"]>;
  /** Subject of the buyer's e-mail (at most 300 characters). */
  emailSubject?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's address (at most 300 characters). */
  franchiseAddr?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's representative (at most 100 characters). */
  franchiseCeoName?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's business name (at most 200 characters). */
  franchiseCorpName?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's business registration number (10 digits). Default: the member business acting. */
  franchiseCorpNum?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's sub-business-place number (4 digits), if any. */
  franchiseTaxRegId?: InputMaybe<Scalars["String"]["input"]>;
  /** Seller's phone number (at most 20 characters). */
  franchiseTel?: InputMaybe<Scalars["String"]["input"]>;
  /** Buyer's mobile number for the SMS notice (dashes allowed). */
  hp?: InputMaybe<Scalars["String"]["input"]>;
  /** The buyer's identity, dashes allowed: mobile number (10-11 digits from 01x), resident registration number (13), card number (13-19), business registration number (10, EXPENSE_PROOF only) or 010-000-1234 for self-issue (INCOME_DEDUCTION only). */
  identityNum: Scalars["String"]["input"];
  /** What was sold (at most 100 characters). */
  itemName?: InputMaybe<Scalars["String"]["input"]>;
  /** Internal note kept with the receipt (at most 200 characters). */
  memo?: InputMaybe<Scalars["String"]["input"]>;
  /** Your document number, unique per member business and never reused: 1-24 characters of A-Z a-z 0-9 _ -. */
  mgtKey: Scalars["String"]["input"];
  /** Your order number (at most 40 characters). */
  orderNumber?: InputMaybe<Scalars["String"]["input"]>;
  /** CANCEL only, required there: the NTS confirm number of the receipt being cancelled (1-24 letters or digits). */
  orgConfirmNum?: InputMaybe<Scalars["String"]["input"]>;
  /** CANCEL only, required there: trade date of the receipt being cancelled (yyyy-MM-dd). */
  orgTradeDate?: InputMaybe<Scalars["String"]["input"]>;
  /** Send an SMS notice to hp (costs POPBiLL points). Default: no SMS. */
  sendSms?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Service charge in KRW, 0 to 999,999,999. Default: 0. */
  serviceFee?: InputMaybe<Scalars["Int"]["input"]>;
  /** Supply amount in KRW, 0 to 999,999,999. */
  supplyCost: Scalars["Int"]["input"];
  /** VAT in KRW, 0 to 999,999,999. */
  tax: Scalars["Int"]["input"];
  /** TAXABLE or TAX_FREE (then tax must be 0). */
  taxationType: TaxationType;
  /** Total in KRW; must equal supplyCost + tax + serviceFee. */
  totalAmount: Scalars["Int"]["input"];
  /** When the sale happened, ISO-8601 with offset (e.g. 2026-11-23T10:02:03+09:00). Must be today or yesterday in Korea. Default: the moment POPBiLL issues the receipt. */
  tradeAt?: InputMaybe<Scalars["String"]["input"]>;
  /** Deduction category. Default: GENERAL. */
  tradeOption?: InputMaybe<TradeOption>;
  /** APPROVAL for a sale, CANCEL to cancel an earlier receipt. */
  tradeType: TradeType;
  /** Income deduction (individuals) or expense proof (businesses). */
  tradeUsage: TradeUsage;
};

/** One entry of a receipt's history, oldest first. */
export type CashbillLog = {
  __typename?: "CashbillLog";
  /** When, ISO-8601 with +09:00 (POPBiLL's yyyyMMddHHmmss in KST). */
  at?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's log type number (docLogType). */
  docLogType: Scalars["Int"]["output"];
  /** IP address that caused the step. */
  ip?: Maybe<Scalars["String"]["output"]>;
  /** What happened, as POPBiLL words it. */
  log?: Maybe<Scalars["String"]["output"]>;
  /** Memo given with the step. */
  procMemo?: Maybe<Scalars["String"]["output"]>;
  /** The kind of step (procType). */
  procType?: Maybe<Scalars["String"]["output"]>;
};

/** A POPBiLL page of one receipt. */
export type CashbillPage =
  /** The page the buyer's e-mail links to (getMailURL). */
  | "MAIL"
  /** The receipt as a PDF (getPDFURL). */
  | "PDF"
  /** The receipt with POPBiLL's menu (getPopUpURL). */
  | "POPUP"
  /** The print view (getPrintURL). */
  | "PRINT"
  /** The receipt alone, no menu (getViewURL). */
  | "VIEW";

/** A POPBiLL receipt page to open (in a pop-up); it stops working 30 seconds after issue. */
export type CashbillPageUrl = {
  __typename?: "CashbillPageUrl";
  /** When the URL stops working, ISO-8601 with +09:00 (30 s after korbill asked). */
  expiresAt: Scalars["String"]["output"];
  /** The page, with a one-time session. */
  url: Scalars["String"]["output"];
};

/** A receipt's PDF as POPBiLL renders it, inline as base64 so any GraphQL client can offer it for download (e.g. a Blob and an object URL) with the key it already uses. */
export type CashbillPdf = {
  __typename?: "CashbillPdf";
  /** The PDF's bytes, base64 (RFC 4648, with padding). */
  base64: Scalars["String"]["output"];
  /** Always application/pdf. */
  contentType: Scalars["String"]["output"];
  /** A file name to save it under: `{mgtKey}.pdf`. */
  fileName: Scalars["String"]["output"];
  /** Size in bytes. */
  size: Scalars["Int"]["output"];
};

/** Filters of a cash-receipt search. A list filter matches any of its values; omit it to match all. */
export type CashbillSearchInput = {
  /** Which date from/to refer to. */
  dateType: CashbillDateType;
  /** Only these seller sub-business-place numbers (4 digits each). */
  franchiseTaxRegIds?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** First day, yyyy-MM-dd (Korean calendar day). */
  from: Scalars["String"]["input"];
  /** Only receipts for this buyer identity number. */
  identityNum?: InputMaybe<Scalars["String"]["input"]>;
  /** Sort order. Default: DESC. */
  order?: InputMaybe<CashbillSortOrder>;
  /** Page number from 1. Default: 1. */
  page?: InputMaybe<Scalars["Int"]["input"]>;
  /** Receipts per page, 1 to 1000. Default: 500. */
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
  /** States to include (not UNKNOWN). */
  states?: InputMaybe<Array<CashbillState>>;
  /** Taxation types to include. */
  taxationTypes?: InputMaybe<Array<TaxationType>>;
  /** Last day, yyyy-MM-dd; at most 6 months after from. */
  to: Scalars["String"]["input"];
  /** Deduction categories to include. */
  tradeOptions?: InputMaybe<Array<TradeOption>>;
  /** Trade types to include. */
  tradeTypes?: InputMaybe<Array<TradeType>>;
  /** Usages to include. */
  tradeUsages?: InputMaybe<Array<TradeUsage>>;
};

/** One page of cash receipts with POPBiLL's totals. */
export type CashbillSearchResult = {
  __typename?: "CashbillSearchResult";
  /** The receipts on this page. */
  list: Array<Cashbill>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** Number of pages. */
  pageCount: Scalars["Int"]["output"];
  /** Page size. */
  perPage: Scalars["Int"]["output"];
  /** Receipts matching the filters, on all pages. */
  total: Scalars["Int"]["output"];
};

/** Sort order of search results. */
export type CashbillSortOrder =
  /** Oldest first. */
  | "ASC"
  /** Newest first. */
  | "DESC";

/** Where a cash receipt stands. The raw POPBiLL code is in `stateCode`. */
export type CashbillState =
  /** Cancelled before filing (4xx). */
  | "CANCELLED"
  /** Saved, not issued (100). */
  | "DRAFT"
  /** Issued, waiting for filing with the National Tax Service (300). */
  | "ISSUED"
  /** Filing with the National Tax Service failed (305); see ntsResultCode. */
  | "NTS_FAILED"
  /** Filed with the National Tax Service (304). */
  | "NTS_FILED"
  /** A state code korbill does not know yet; see stateCode. */
  | "UNKNOWN";

/** How a member business is charged for cash receipts. */
export type ChargeInfo = {
  __typename?: "ChargeInfo";
  /** Charging method as POPBiLL names it (과금유형). */
  chargeMethod?: Maybe<Scalars["String"]["output"]>;
  /** Rate system as POPBiLL names it (과금제도). */
  rateSystem?: Maybe<Scalars["String"]["output"]>;
  /** Points per receipt (may be fractional). */
  unitCost?: Maybe<Scalars["Float"]["output"]>;
};

/** A heartbeat from the gateway, for checking the live connection. */
export type ClockTick = {
  __typename?: "ClockTick";
  /** Gateway time, ISO-8601 with the +09:00 offset. */
  now: Scalars["String"]["output"];
  /** 1, 2, 3, ... for this subscription. */
  seq: Scalars["Int"]["output"];
};

/** The card holder. With a billing key, i'mport keeps it (name ≤ 20, tel ≤ 20, email ≤ 200, address ≤ 200, postcode ≤ 8 characters); as a key-in payment's buyer the limits are 16, 16, 64, 128 and 8. */
export type CustomerInput = {
  address?: InputMaybe<Scalars["String"]["input"]>;
  email?: InputMaybe<Scalars["String"]["input"]>;
  name?: InputMaybe<Scalars["String"]["input"]>;
  /** Korean postcode (5 digits). */
  postcode?: InputMaybe<Scalars["String"]["input"]>;
  /** Phone number, e.g. `010-1234-5678`. */
  tel?: InputMaybe<Scalars["String"]["input"]>;
};

/** Which HomeTax logins the member has registered for one service. Each field asks POPBiLL when selected (certificateValid performs a real HomeTax login: select it only when needed). POPBiLL crawls HomeTax (the National Tax Service's site) by logging in on the member's behalf, so one of two logins must be registered; check each service (`hometaxAuth(service:)`), since department users are separate for cash receipts and tax invoices. DEPT_USER — a HomeTax department user (부서사용자), recommended: free to create in HomeTax (My HomeTax > 부서사용자 관리, with inquiry rights for the service), read-only (safer), semi-permanent (no yearly renewal), and several logins may be active at once. Register it with `registerHometaxDeptUser`. CERTIFICATE — a joint certificate (공동인증서) that is also registered in HomeTax, uploaded on POPBiLL's page (`hometaxCertificatePopupUrl`): it costs money, must be renewed and registered again every year, and allows one login at a time (a second login disconnects the first). If neither is registered, POPBiLL refuses with 'The information of HomeTax Authentication does not exist' (UPSTREAM_ERROR, upstreamCode -11100025); if the department user's ID or password is wrong, with 'Failed login HomeTax' (UPSTREAM_ERROR, upstreamCode -11100001). `hometaxReadiness` tells you which case you are in. */
export type HometaxAuth = {
  __typename?: "HometaxAuth";
  /** When the registered certificate expires (ISO-8601, +09:00); null without one. */
  certificateExpiresAt?: Maybe<Scalars["String"]["output"]>;
  /** Whether a certificate (공동인증서) is registered. */
  certificateRegistered: Scalars["Boolean"]["output"];
  /** Whether HomeTax accepts the certificate right now (a live login test); null without a certificate. */
  certificateValid?: Maybe<Scalars["Boolean"]["output"]>;
  /** The member business (10 digits). */
  corpNum: Scalars["String"]["output"];
  /** Whether a department user (부서사용자) is registered. */
  deptUserRegistered: Scalars["Boolean"]["output"];
  /** The registered logins (empty when none). */
  methods: Array<HometaxAuthMethod>;
  service: HometaxService;
};

/** POPBiLL crawls HomeTax (the National Tax Service's site) by logging in on the member's behalf, so one of two logins must be registered; check each service (`hometaxAuth(service:)`), since department users are separate for cash receipts and tax invoices. DEPT_USER — a HomeTax department user (부서사용자), recommended: free to create in HomeTax (My HomeTax > 부서사용자 관리, with inquiry rights for the service), read-only (safer), semi-permanent (no yearly renewal), and several logins may be active at once. Register it with `registerHometaxDeptUser`. CERTIFICATE — a joint certificate (공동인증서) that is also registered in HomeTax, uploaded on POPBiLL's page (`hometaxCertificatePopupUrl`): it costs money, must be renewed and registered again every year, and allows one login at a time (a second login disconnects the first). If neither is registered, POPBiLL refuses with 'The information of HomeTax Authentication does not exist' (UPSTREAM_ERROR, upstreamCode -11100025); if the department user's ID or password is wrong, with 'Failed login HomeTax' (UPSTREAM_ERROR, upstreamCode -11100001). `hometaxReadiness` tells you which case you are in. */
export type HometaxAuthMethod =
  /** A joint certificate (공동인증서). Paid, renewed every year, one login at a time. */
  | "CERTIFICATE"
  /** A HomeTax department user (부서사용자). Recommended: free, read-only, semi-permanent, several logins at once. */
  | "DEPT_USER";

/** A cash receipt as HomeTax shows it. */
export type HometaxCashbill = {
  __typename?: "HometaxCashbill";
  cardOwnerName?: Maybe<Scalars["String"]["output"]>;
  customerName?: Maybe<Scalars["String"]["output"]>;
  /** Whether the purchase is deductible (from deductionType). */
  deductible?: Maybe<Scalars["Boolean"]["output"]>;
  /** HomeTax's deduction code: 1, 2 deductible; 3, 4 not. */
  deductionType?: Maybe<Scalars["Int"]["output"]>;
  /** SELL (매출) or BUY (매입). */
  direction?: Maybe<HometaxDirection>;
  franchiseCorpName?: Maybe<Scalars["String"]["output"]>;
  /** The issuing merchant's registration number. */
  franchiseCorpNum?: Maybe<Scalars["String"]["output"]>;
  /** The merchant's business type code as HomeTax reports it. */
  franchiseCorpType?: Maybe<Scalars["Int"]["output"]>;
  /** The buyer's identity number (as masked by HomeTax). */
  identityNum?: Maybe<Scalars["String"]["output"]>;
  identityNumType?: Maybe<Scalars["Int"]["output"]>;
  /** NTS confirm number. */
  ntsConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** KRW */
  serviceFee?: Maybe<Scalars["Int"]["output"]>;
  /** KRW */
  supplyCost?: Maybe<Scalars["Int"]["output"]>;
  /** KRW */
  tax?: Maybe<Scalars["Int"]["output"]>;
  /** KRW */
  totalAmount?: Maybe<Scalars["Int"]["output"]>;
  /** Trade time (ISO-8601, +09:00). */
  tradeAt?: Maybe<Scalars["String"]["output"]>;
  /** Trade date (yyyy-MM-dd). */
  tradeDate?: Maybe<Scalars["String"]["output"]>;
  tradeType?: Maybe<HometaxTradeType>;
  tradeUsage?: Maybe<HometaxTradeUsage>;
};

/** Narrows crawled cash receipts. Leave a list out (or empty) for all values. */
export type HometaxCashbillFilter = {
  tradeTypes?: InputMaybe<Array<HometaxTradeType>>;
  tradeUsages?: InputMaybe<Array<HometaxTradeUsage>>;
};

/** One page of crawled cash receipts with POPBiLL's totals. */
export type HometaxCashbillPage = {
  __typename?: "HometaxCashbillPage";
  items: Array<HometaxCashbill>;
  jobId: Scalars["String"]["output"];
  page: Scalars["Int"]["output"];
  pageCount: Scalars["Int"]["output"];
  perPage: Scalars["Int"]["output"];
  /** Matching receipts in all pages. */
  total: Scalars["Int"]["output"];
};

/** Totals over every crawled cash receipt matching the filters. */
export type HometaxCashbillSummary = {
  __typename?: "HometaxCashbillSummary";
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  amountTotal: Scalars["SafeInt"]["output"];
  count: Scalars["Int"]["output"];
  jobId: Scalars["String"]["output"];
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  serviceFeeTotal: Scalars["SafeInt"]["output"];
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  supplyCostTotal: Scalars["SafeInt"]["output"];
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  taxTotal: Scalars["SafeInt"]["output"];
};

/** Which date of a tax invoice `from`/`to` select on. Tax invoices only (cash receipts use the trade date). */
export type HometaxDateType =
  /** The date it was issued (발행일자). */
  | "ISSUE"
  /** The date it was sent to the National Tax Service (전송일자). */
  | "SEND"
  /** The date written on the invoice (작성일자). */
  | "WRITE";

/** Which side of the member's trade to crawl. */
export type HometaxDirection =
  /** Purchases (매입): documents issued to the member. */
  | "BUY"
  /** Sales (매출): documents the member issued. */
  | "SELL"
  /** Trustee (수탁): tax invoices issued by the member on another's behalf. Tax invoices only. */
  | "TRUSTEE";

/** The member's flat-rate (정액제) contract for one crawl service (GetFlatRateState). Crawling is billed monthly, not per use, and needs this contract: without one POPBiLL refuses crawl requests. Subscribe on the page hometaxFlatRatePopupUrl opens. */
export type HometaxFlatRate = {
  __typename?: "HometaxFlatRate";
  /** Whether crawling may run on this contract: in use (state 1) and not restricted. False when POPBiLL has no contract for the member (problemCode/problemMessage then say what POPBiLL answered). */
  active: Scalars["Boolean"]["output"];
  /** Billing base day of the month (baseDate). */
  baseDay?: Maybe<Scalars["Int"]["output"]>;
  /** It ends when the period expires. */
  closeOnExpired?: Maybe<Scalars["Boolean"]["output"]>;
  /** A cancellation was requested. */
  closeRequested?: Maybe<Scalars["Boolean"]["output"]>;
  /** When it was contracted, ISO-8601 +09:00. */
  contractedAt?: Maybe<Scalars["String"]["output"]>;
  /** The member business (10 digits). */
  corpNum: Scalars["String"]["output"];
  /** POPBiLL's refusal code, when it had none. */
  problemCode?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's refusal message. */
  problemMessage?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's reference id of the contract. */
  referenceId?: Maybe<Scalars["String"]["output"]>;
  service: HometaxService;
  /** POPBiLL's raw contract state. */
  state?: Maybe<Scalars["Int"]["output"]>;
  /** Fees are unpaid. */
  unpaid?: Maybe<Scalars["Boolean"]["output"]>;
  /** Last day of use, yyyy-MM-dd. */
  useEndDate?: Maybe<Scalars["String"]["output"]>;
  /** Use is restricted (e.g. unpaid). */
  useRestricted?: Maybe<Scalars["Boolean"]["output"]>;
};

/** A HomeTax crawl. korbill follows every job it requested and reports each change on `hometaxJobEvents`; results can be searched once `status` is COMPLETED, until `expiresAt` (one hour after the request). */
export type HometaxJob = {
  __typename?: "HometaxJob";
  /** Documents collected so far. */
  collectCount: Scalars["Int"]["output"];
  /** Tax invoices only. */
  dateType?: Maybe<HometaxDateType>;
  direction?: Maybe<HometaxDirection>;
  /** Once finished: 1 for success, otherwise POPBiLL's error code (e.g. -11100001 Failed login HomeTax). */
  errorCode?: Maybe<Scalars["Int"]["output"]>;
  /** Once failed: POPBiLL's reason. */
  errorReason?: Maybe<Scalars["String"]["output"]>;
  /** One hour after the request (ISO-8601, +09:00). */
  expiresAt?: Maybe<Scalars["String"]["output"]>;
  /** When it finished (ISO-8601, +09:00). */
  finishedAt?: Maybe<Scalars["String"]["output"]>;
  /** First day crawled (yyyy-MM-dd). */
  from?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's 18-digit JobID. */
  jobId: Scalars["String"]["output"];
  /** POPBiLL's own state. */
  jobState?: Maybe<HometaxJobState>;
  /** ISO-8601 with +09:00. */
  requestedAt?: Maybe<Scalars["String"]["output"]>;
  service: HometaxService;
  /** When HomeTax started crawling (ISO-8601, +09:00). */
  startedAt?: Maybe<Scalars["String"]["output"]>;
  status: HometaxJobStatus;
  /** Last day crawled (yyyy-MM-dd). */
  to?: Maybe<Scalars["String"]["output"]>;
  /** Whether korbill requested this job (only those can be queried by JobID and are followed live). */
  tracked: Scalars["Boolean"]["output"];
};

/** A change of a crawl job. Pass its cursor as `after` when resubscribing to receive what you missed. */
export type HometaxJobEvent = {
  __typename?: "HometaxJobEvent";
  /** When korbill recorded it (ISO-8601 with +09:00). */
  at: Scalars["String"]["output"];
  /** Documents collected so far. */
  collectCount: Scalars["Int"]["output"];
  /** Opaque position in the event log; resume after it. */
  cursor: Scalars["String"]["output"];
  /** Once finished: 1 for success, otherwise POPBiLL's error code (e.g. -11100001 Failed login HomeTax). */
  errorCode?: Maybe<Scalars["Int"]["output"]>;
  /** Once failed: POPBiLL's reason. */
  errorReason?: Maybe<Scalars["String"]["output"]>;
  jobId: Scalars["String"]["output"];
  /** POPBiLL's own state. */
  jobState?: Maybe<HometaxJobState>;
  service: HometaxService;
  /** The job's status after this event. */
  status: HometaxJobStatus;
  type: HometaxJobEventType;
};

/** What happened to a crawl job. */
export type HometaxJobEventType =
  /** The crawl succeeded; results can be queried. */
  | "COMPLETED"
  /** The hour is over; results are gone. */
  | "EXPIRED"
  /** The crawl failed; see errorCode / errorReason. */
  | "FAILED"
  /** The job state or the number collected changed. */
  | "PROGRESS"
  /** POPBiLL accepted the request and returned a JobID. */
  | "REQUESTED";

/** What to crawl. One request covers at most 3 calendar months (e.g. 2026-01-31 to 2026-04-30); request several jobs for longer periods. Dates are calendar days in Korea (yyyy-MM-dd). */
export type HometaxJobRequestInput = {
  /** Required for tax invoices (which date to select on); must be left out for cash receipts. */
  dateType?: InputMaybe<HometaxDateType>;
  /** SELL or BUY; TRUSTEE for tax invoices only. */
  direction: HometaxDirection;
  /** First day, yyyy-MM-dd. */
  from: Scalars["String"]["input"];
  service: HometaxService;
  /** Last day (inclusive), yyyy-MM-dd; at most 3 months after `from`. */
  to: Scalars["String"]["input"];
};

/** POPBiLL's own job state. FINISHED does not mean success: see `status` or `errorCode`. */
export type HometaxJobState =
  /** Ended, successfully or not (jobState 3, 완료). */
  | "FINISHED"
  /** Waiting to start (jobState 1, 대기). */
  | "PENDING"
  /** Crawling (jobState 2, 진행중). */
  | "PROCESSING";

/** Where a crawl job stands. */
export type HometaxJobStatus =
  /** Crawled successfully: search and summarise it until `expiresAt`. */
  | "COMPLETED"
  /** More than an hour after the request: POPBiLL no longer serves it. Request a new job. */
  | "EXPIRED"
  /** The crawl failed: `errorCode` and `errorReason` say why (e.g. -11100001 Failed login HomeTax). */
  | "FAILED"
  /** Requested; HomeTax has not started yet. */
  | "PENDING"
  /** Crawling; `collectCount` grows. */
  | "PROCESSING";

/** HomeTax accepted the login. A refused login is not returned here but raised as an error: UPSTREAM_ERROR with upstreamCode -11100001 ('Failed login HomeTax') when the department user's ID or password is wrong. */
export type HometaxLoginCheck = {
  __typename?: "HometaxLoginCheck";
  /** POPBiLL's message. */
  message: Scalars["String"]["output"];
  method: HometaxAuthMethod;
  ok: Scalars["Boolean"]["output"];
  service: HometaxService;
};

/** A POPBiLL page to open in a popup window; POPBiLL makes it valid for 30 seconds only. */
export type HometaxPopupUrl = {
  __typename?: "HometaxPopupUrl";
  /** When the URL stops working (ISO-8601, +09:00): 30 s after it was issued. */
  expiresAt: Scalars["String"]["output"];
  url: Scalars["String"]["output"];
};

/** Whether a tax invoice acknowledges payment or claims it. */
export type HometaxPurposeType =
  /** 청구: to be paid. */
  | "CLAIM"
  /** Neither marked (search filter only). */
  | "NONE"
  /** 영수: already paid. */
  | "RECEIPT";

/** One answer to 'will a crawl work right now, and if not, what do I do?', combining POPBiLL's registration checks, certificate expiry and live login tests (which korbill keeps to a minimum). */
export type HometaxReadiness = {
  __typename?: "HometaxReadiness";
  /** What to do, in plain English, naming the operations to call. */
  advice: Scalars["String"]["output"];
  /** Whole days until the certificate expires (negative once expired). */
  certificateDaysLeft?: Maybe<Scalars["Int"]["output"]>;
  /** The certificate's expiry (ISO-8601, +09:00), if one is registered. */
  certificateExpiresAt?: Maybe<Scalars["String"]["output"]>;
  /** When korbill checked (ISO-8601, +09:00). */
  checkedAt: Scalars["String"]["output"];
  /** Whether the member's flat-rate (정액제) contract for the service is active (GetFlatRateState); null when it was not checked. */
  flatRateActive?: Maybe<Scalars["Boolean"]["output"]>;
  /** The login crawling will use (or would try); null when none is registered. */
  method?: Maybe<HometaxAuthMethod>;
  /** POPBiLL's code of the failing check, e.g. -11100001 (Failed login HomeTax). */
  problemCode?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's message of the failing check. */
  problemMessage?: Maybe<Scalars["String"]["output"]>;
  service: HometaxService;
  status: HometaxReadinessStatus;
};

/** Whether a crawl requested now would work. `advice` says what to do otherwise. */
export type HometaxReadinessStatus =
  /** The only usable login was the certificate, and it has expired. */
  | "CERTIFICATE_EXPIRED"
  /** Crawling works with the certificate, but it expires within 30 days. */
  | "CERTIFICATE_EXPIRING"
  /** The login works, but the member has no active flat-rate (정액제) contract, which crawling needs: subscribe on the page hometaxFlatRatePopupUrl opens. */
  | "FLAT_RATE_MISSING"
  /** A login is registered but HomeTax refuses it (wrong password, revoked rights, …). */
  | "LOGIN_FAILING"
  /** Neither a department user nor a certificate is registered. */
  | "NO_METHOD_REGISTERED"
  /** A registered login works; crawling will succeed as far as authentication goes. */
  | "READY";

/** Which HomeTax crawl: cash receipts or tax invoices. Logins and jobs are per service. */
export type HometaxService =
  /** Cash receipts (현금영수증) issued to or by the member. */
  | "CASHBILL"
  /** Electronic tax invoices (전자세금계산서) issued to, by or through the member. */
  | "TAXINVOICE";

/** Result order (by date, as POPBiLL sorts). */
export type HometaxSortOrder = "ASCENDING" | "DESCENDING";

/** Whose branch number (종사업장번호) a `taxRegIds` filter matches. */
export type HometaxTaxRegIdParty = "BUYER" | "SELLER" | "TRUSTEE";

/** VAT treatment of a tax invoice. */
export type HometaxTaxType =
  /** 과세 (10% VAT). */
  | "TAXABLE"
  /** 면세 (exempt; a 계산서 rather than a 세금계산서). */
  | "TAX_FREE"
  /** 영세 (0% VAT). */
  | "ZERO_RATED";

/** A tax invoice as HomeTax lists it, with totals and its first line item. */
export type HometaxTaxinvoice = {
  __typename?: "HometaxTaxinvoice";
  direction?: Maybe<HometaxDirection>;
  invoicee: HometaxTaxinvoiceParty;
  invoicer: HometaxTaxinvoiceParty;
  /** yyyy-MM-dd */
  issueDate?: Maybe<Scalars["String"]["output"]>;
  /** First item: name. */
  itemName?: Maybe<Scalars["String"]["output"]>;
  /** Whether it modifies an earlier invoice. */
  modified?: Maybe<Scalars["Boolean"]["output"]>;
  /** NTS confirm number (24 characters). */
  ntsConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** The modified invoice's NTS confirm number. */
  orgNtsConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** First item: purchase date (yyyy-MM-dd). */
  purchaseDate?: Maybe<Scalars["String"]["output"]>;
  purposeType?: Maybe<HometaxPurposeType>;
  /** First item: quantity, as sent. */
  qty?: Maybe<Scalars["String"]["output"]>;
  /** First item: remark. */
  remark?: Maybe<Scalars["String"]["output"]>;
  /** Remark (비고). */
  remark1?: Maybe<Scalars["String"]["output"]>;
  /** yyyy-MM-dd */
  sendDate?: Maybe<Scalars["String"]["output"]>;
  /** First item: specification. */
  spec?: Maybe<Scalars["String"]["output"]>;
  /** First item: KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  supplyCost?: Maybe<Scalars["SafeInt"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  supplyCostTotal?: Maybe<Scalars["SafeInt"]["output"]>;
  /** First item: KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  tax?: Maybe<Scalars["SafeInt"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  taxTotal?: Maybe<Scalars["SafeInt"]["output"]>;
  taxType?: Maybe<HometaxTaxType>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  totalAmount?: Maybe<Scalars["SafeInt"]["output"]>;
  trustee?: Maybe<HometaxTaxinvoiceParty>;
  /** First item: unit price, as sent. */
  unitCost?: Maybe<Scalars["String"]["output"]>;
  /** yyyy-MM-dd */
  writeDate?: Maybe<Scalars["String"]["output"]>;
};

/** A crawled tax invoice in full, as POPBiLL holds it after a crawl (GetTaxinvoice): every line item, payment split and remark, unlike the abbreviated list item of a search. */
export type HometaxTaxinvoiceDetail = {
  __typename?: "HometaxTaxinvoiceDetail";
  /** Paid in cash (현금). KRW (SafeInt: may exceed 2^31 for tax invoices) */
  cash?: Maybe<Scalars["SafeInt"]["output"]>;
  /** Paid by check (수표). KRW (SafeInt: may exceed 2^31 for tax invoices) */
  check?: Maybe<Scalars["SafeInt"]["output"]>;
  /** On credit (외상). KRW (SafeInt: may exceed 2^31 for tax invoices) */
  credit?: Maybe<Scalars["SafeInt"]["output"]>;
  /** POPBiLL's document kind code (전자(세금)계산서 종류), as sent. */
  invoiceType?: Maybe<Scalars["Int"]["output"]>;
  invoicee: HometaxTaxinvoiceParty;
  invoicer: HometaxTaxinvoiceParty;
  /** When it was issued, ISO-8601 +09:00. */
  issuedAt?: Maybe<Scalars["String"]["output"]>;
  items: Array<HometaxTaxinvoiceItem>;
  /** NTS modification reason code (수정사유) of a modified invoice, else null. */
  modifyCode?: Maybe<Scalars["Int"]["output"]>;
  /** NTS confirm number (24 characters). */
  ntsConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** The modified invoice's NTS number. */
  orgNtsConfirmNum?: Maybe<Scalars["String"]["output"]>;
  /** By promissory note (어음). KRW (SafeInt: may exceed 2^31 for tax invoices) */
  promissoryNote?: Maybe<Scalars["SafeInt"]["output"]>;
  purposeType?: Maybe<HometaxPurposeType>;
  /** Remarks 1-3 (비고), blanks left out. */
  remarks: Array<Scalars["String"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices) */
  supplyCostTotal?: Maybe<Scalars["SafeInt"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices) */
  taxTotal?: Maybe<Scalars["SafeInt"]["output"]>;
  taxType?: Maybe<HometaxTaxType>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices) */
  totalAmount?: Maybe<Scalars["SafeInt"]["output"]>;
  trustee?: Maybe<HometaxTaxinvoiceParty>;
  /** yyyy-MM-dd */
  writeDate?: Maybe<Scalars["String"]["output"]>;
};

/** Narrows crawled tax invoices. Leave a list out (or empty) for all values. */
export type HometaxTaxinvoiceFilter = {
  /** true: only counterparts with a branch number; false: only those without one. */
  hasTaxRegId?: InputMaybe<Scalars["Boolean"]["input"]>;
  kinds?: InputMaybe<Array<HometaxTaxinvoiceKind>>;
  purposeTypes?: InputMaybe<Array<HometaxPurposeType>>;
  /** Counterpart name or registration number (at most 100 characters). */
  searchString?: InputMaybe<Scalars["String"]["input"]>;
  /** Whose branch numbers `taxRegIds` lists; required with `taxRegIds`. */
  taxRegIdParty?: InputMaybe<HometaxTaxRegIdParty>;
  /** Branch numbers (종사업장번호), 4 digits each. */
  taxRegIds?: InputMaybe<Array<Scalars["String"]["input"]>>;
  taxTypes?: InputMaybe<Array<HometaxTaxType>>;
};

/** One line item of a crawled tax invoice. */
export type HometaxTaxinvoiceItem = {
  __typename?: "HometaxTaxinvoiceItem";
  itemName?: Maybe<Scalars["String"]["output"]>;
  /** Purchase date, yyyy-MM-dd. */
  purchaseDate?: Maybe<Scalars["String"]["output"]>;
  /** Quantity, as sent. */
  qty?: Maybe<Scalars["String"]["output"]>;
  remark?: Maybe<Scalars["String"]["output"]>;
  /** Line number (일련번호). */
  serialNum?: Maybe<Scalars["Int"]["output"]>;
  /** Specification (규격). */
  spec?: Maybe<Scalars["String"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices) */
  supplyCost?: Maybe<Scalars["SafeInt"]["output"]>;
  /** KRW (SafeInt: may exceed 2^31 for tax invoices) */
  tax?: Maybe<Scalars["SafeInt"]["output"]>;
  /** Unit price, as sent. */
  unitCost?: Maybe<Scalars["String"]["output"]>;
};

/** An original tax invoice or a modified one (수정세금계산서). */
export type HometaxTaxinvoiceKind = "MODIFIED" | "NORMAL";

/** One page of crawled tax invoices with POPBiLL's totals. */
export type HometaxTaxinvoicePage = {
  __typename?: "HometaxTaxinvoicePage";
  items: Array<HometaxTaxinvoice>;
  jobId: Scalars["String"]["output"];
  page: Scalars["Int"]["output"];
  pageCount: Scalars["Int"]["output"];
  perPage: Scalars["Int"]["output"];
  /** Matching invoices in all pages. */
  total: Scalars["Int"]["output"];
};

/** Seller, buyer or trustee of a crawled tax invoice. */
export type HometaxTaxinvoiceParty = {
  __typename?: "HometaxTaxinvoiceParty";
  ceoName?: Maybe<Scalars["String"]["output"]>;
  corpName?: Maybe<Scalars["String"]["output"]>;
  /** Registration number. */
  corpNum?: Maybe<Scalars["String"]["output"]>;
  email?: Maybe<Scalars["String"]["output"]>;
  /** Buyer only: second e-mail. */
  email2?: Maybe<Scalars["String"]["output"]>;
  /** Branch number (종사업장번호). */
  taxRegId?: Maybe<Scalars["String"]["output"]>;
  /** Buyer only: POPBiLL's buyer type as sent. */
  type?: Maybe<Scalars["String"]["output"]>;
};

/** Totals over every crawled tax invoice matching the filters. */
export type HometaxTaxinvoiceSummary = {
  __typename?: "HometaxTaxinvoiceSummary";
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  amountTotal: Scalars["SafeInt"]["output"];
  count: Scalars["Int"]["output"];
  jobId: Scalars["String"]["output"];
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  supplyCostTotal: Scalars["SafeInt"]["output"];
  /** KRW (SafeInt: may exceed 2^31 for tax invoices and totals) */
  taxTotal: Scalars["SafeInt"]["output"];
};

/** A crawled cash receipt records a sale or cancels one. */
export type HometaxTradeType =
  /** A sale (승인거래). */
  | "APPROVAL"
  /** A cancellation (취소거래). */
  | "CANCEL";

/** What a crawled cash receipt was issued for. */
export type HometaxTradeUsage =
  /** A business's proof of expense (지출증빙용). */
  | "EXPENSE_PROOF"
  /** An individual's income-tax deduction (소득공제용). */
  | "INCOME_DEDUCTION";

/** The receipt POPBiLL just issued. */
export type IssueResult = {
  __typename?: "IssueResult";
  /** NTS confirm number (9 characters). */
  confirmNum?: Maybe<Scalars["String"]["output"]>;
  /** Your document number. */
  mgtKey: Scalars["String"]["output"];
  /** Trade time (ISO-8601 with +09:00). */
  tradeAt?: Maybe<Scalars["String"]["output"]>;
  /** Trade date (yyyy-MM-dd). */
  tradeDate?: Maybe<Scalars["String"]["output"]>;
};

/** A business to sign up as a POPBiLL member of this partner, with its first login. */
export type JoinPopbillMemberInput = {
  /** Address, at most 300 characters. */
  address: Scalars["String"]["input"];
  /** Business item (종목), at most 100 characters. */
  bizClass: Scalars["String"]["input"];
  /** Business type (업태), at most 100 characters. */
  bizType: Scalars["String"]["input"];
  /** CEO name, at most 100 characters. */
  ceoName: Scalars["String"]["input"];
  /** Contact e-mail. */
  contactEmail: Scalars["String"]["input"];
  /** Contact name, at most 100 characters. */
  contactName: Scalars["String"]["input"];
  /** Contact phone number. */
  contactPhone: Scalars["String"]["input"];
  /** Company name, at most 200 characters. */
  corpName: Scalars["String"]["input"];
  /** Business registration number, 10 digits. */
  corpNum: Scalars["String"]["input"];
  /** Login id: 6-49 of A-Z a-z 0-9 _ -. */
  id: Scalars["String"]["input"];
  /** Password: 8-20 characters mixing letters, digits and special characters. Sent to POPBiLL only; never stored or logged. */
  password: Scalars["String"]["input"];
};

/** A contact of a member business: a POPBiLL login. */
export type MemberContact = {
  __typename?: "MemberContact";
  /** Whether this is the member's administrator (mgrYN). */
  admin?: Maybe<Scalars["Boolean"]["output"]>;
  /** E-mail. */
  email?: Maybe<Scalars["String"]["output"]>;
  /** Login id. */
  id?: Maybe<Scalars["String"]["output"]>;
  /** Name (personName). */
  name?: Maybe<Scalars["String"]["output"]>;
  /** When it was added, ISO-8601 +09:00. */
  registeredAt?: Maybe<Scalars["String"]["output"]>;
  /** What the contact may see; UNKNOWN for new codes. */
  role: MemberContactRole;
  /** POPBiLL's raw role code (searchRole). */
  searchRole?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's raw account state. */
  state?: Maybe<Scalars["String"]["output"]>;
  /** Phone number. */
  tel?: Maybe<Scalars["String"]["output"]>;
};

/** A contact (POPBiLL login) of a member business. */
export type MemberContactInput = {
  /** E-mail. */
  email: Scalars["String"]["input"];
  /** Login id (identifies the contact to update). */
  id: Scalars["String"]["input"];
  /** Name, at most 100 characters. */
  name: Scalars["String"]["input"];
  /** Phone number. */
  phone: Scalars["String"]["input"];
  /** What the contact may see (not UNKNOWN). */
  role: MemberContactRole;
};

/** What a member's contact (a POPBiLL login) may see and do. */
export type MemberContactRole =
  /** Act on all of the company's documents (searchRole 3). */
  | "COMPANY"
  /** Only the documents this contact handled (searchRole 1). */
  | "PERSONAL"
  /** Read all of the company's documents (searchRole 2). */
  | "READ"
  /** A role korbill does not know yet; see searchRole. */
  | "UNKNOWN";

/** A member business's details as POPBiLL holds them. */
export type MemberCorpInfo = {
  __typename?: "MemberCorpInfo";
  /** Address (addr). */
  address?: Maybe<Scalars["String"]["output"]>;
  /** Business item (종목). */
  bizClass?: Maybe<Scalars["String"]["output"]>;
  /** Business type (업태). */
  bizType?: Maybe<Scalars["String"]["output"]>;
  /** CEO name (ceoname). */
  ceoName?: Maybe<Scalars["String"]["output"]>;
  /** Company name. */
  corpName?: Maybe<Scalars["String"]["output"]>;
};

/** A member business's details; every field is required. */
export type MemberCorpInfoInput = {
  /** Address, at most 300 characters. */
  address: Scalars["String"]["input"];
  /** Business item (종목), at most 100 characters. */
  bizClass: Scalars["String"]["input"];
  /** Business type (업태), at most 100 characters. */
  bizType: Scalars["String"]["input"];
  /** CEO name, at most 100 characters. */
  ceoName: Scalars["String"]["input"];
  /** Company name, at most 200 characters. */
  corpName: Scalars["String"]["input"];
};

/** POPBiLL's answer to a member operation. */
export type MemberOperationResult = {
  __typename?: "MemberOperationResult";
  /** POPBiLL's code. */
  code: Scalars["Int"]["output"];
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** True when POPBiLL answered code 1. */
  success: Scalars["Boolean"]["output"];
};

export type Mutation = {
  __typename?: "Mutation";
  /** Moves the local stage's sandbox clock forward, `by` a duration (ISO-8601 `PT30S`, `P1D` or `30s`, `1d2h`) or `to` a time (ISO-8601 with offset), and runs what falls due. Time never moves back. FORBIDDEN outside the local stage. */
  advanceSandboxClock: SandboxClock;
  /** Gives a document number to a receipt issued outside korbill, found by POPBiLL's itemKey (assignMgtKey). */
  assignCashbillMgtKey: Scalars["Boolean"]["output"];
  /** Submits up to 100 receipts under a SubmitID you choose (never reusable). Everything is validated first (BAD_USER_INPUT, nothing sent); the submission is recorded before it is sent, so a network failure is reconciled, never resubmitted: each receipt is issued exactly once. Results arrive on `cashbillEvents`. */
  bulkIssueCashbills: BulkSubmission;
  /** Refunds all (amount omitted or 0) or part of your payment, named by exactly one of impUid and merchantUid. `amount` may not exceed amount - cancelAmount. CONFLICT when nothing is left to refund. CANCELLED is also delivered on `paymentEvents`. */
  cancelPayment: Payment;
  /** Charges your billing key now. The order is recorded before i'mport is called. A declined card is not an error: the Payment has status FAILED and a failReason. Other refusals (e.g. an unknown key at i'mport) are UPSTREAM_ERROR. PAID / FAILED is also delivered on `paymentEvents`. NOT_FOUND for a key that is not yours. */
  chargeBillingKey: Payment;
  /** Looks up the holder's name of a bank account (CheckAccountInfo, 예금주 성명조회). Costs points (see points.unitCost(service: ACCOUNT_CHECK_NAME)). */
  checkAccountHolder: AccountHolderCheck;
  /** Logs in to HomeTax with the registered department user, now. A refusal is an error: UPSTREAM_ERROR with upstreamCode -11100001 ('Failed login HomeTax') for a wrong ID or password, or upstreamCode -11100025 ('The information of HomeTax Authentication does not exist') when none is registered. */
  checkHometaxDeptUserLogin: HometaxLoginCheck;
  /** Deletes your billing key at i'mport (irreversible). Its pending schedules are unscheduled first. Returns the key as it was. NOT_FOUND for a key that is not yours. The customerUid stays yours. */
  deleteBillingKey: BillingKey;
  /** Deletes the member's registered department user for the service. */
  deleteHometaxDeptUser: HometaxAuth;
  /** Deletes a contact (POPBiLL login) of a member business (DeleteContact). Partner keys only, like every contact change; POPBiLL refuses to delete the member's administrator. Not retried: a lost reply is checked with memberContacts. */
  deleteMemberContact: MemberOperationResult;
  /** Registers a card with i'mport as a billing key under `customerUid`, so it can be charged later without the card. Everything is validated first (BAD_USER_INPUT, nothing sent). Reusing a customerUid of yours REPLACES its card: the previous billing key is deleted and can never be charged again (seed 004; i'mport keeps one key per customerUid), pending schedules charge the new card, and the key shows `replaced: true` and a new `updatedAt`. A customerUid another member uses is a CONFLICT. The card is never stored; only i'mport's masked number is. A refused card is UPSTREAM_ERROR with the PG's reason. */
  issueBillingKey: BillingKey;
  /** Issues one cash receipt now (RegistIssue). The mgtKey is the idempotency key: sending the same request again (e.g. after a network failure) never issues twice and answers the same result; other content under a used mgtKey (in any letter case) is CONFLICT and is not sent. */
  issueCashbill: IssueResult;
  /** Signs a business up as a POPBiLL member of this partner (JoinMember). */
  joinPopbillMember: MemberOperationResult;
  /** Charges a card once (key-in). With `saveAsCustomerUid`, a successful charge also saves the card as your billing key under that id (replacing the card of one of yours; CONFLICT if another member uses it). The card is sent to i'mport only. A declined card gives status FAILED or UPSTREAM_ERROR, depending on the PG. */
  payOnce: Payment;
  /** Takes a member business out of POPBiLL (QuitMember, POST /QuitRequest). Irreversible upstream: the member's tokens stop working and its remaining points follow POPBiLL's refund rules. Partner keys only (the SDK calls it with the partner's credentials on the member's behalf), and `corpNum` must be named: it never defaults to the key's member. */
  quitPopbillMember: MemberOperationResult;
  /** Registers the member's HomeTax department user (부서사용자) with POPBiLL, replacing any earlier one — the recommended login: free, read-only, semi-permanent, several logins at once. POPBiLL checks it against HomeTax: a wrong ID or password fails with UPSTREAM_ERROR (upstreamCode -11100001, 'Failed login HomeTax'). korbill never stores or logs the password. */
  registerHometaxDeptUser: HometaxAuth;
  /** Adds a contact (POPBiLL login) to a member (RegistContact). */
  registerMemberContact: MemberOperationResult;
  /** Asks POPBiLL to crawl HomeTax and returns the job (status PENDING). Everything is validated first (BAD_USER_INPUT, nothing sent): at most 3 calendar months, TRUSTEE and dateType for tax invoices only. korbill then follows the job every 1-3 s and reports PROGRESS, COMPLETED or FAILED on `hometaxJobEvents`. Without a working HomeTax login POPBiLL refuses (UPSTREAM_ERROR with its code; see `hometaxReadiness`). */
  requestHometaxJob: HometaxJob;
  /** Asks POPBiLL to expect a bank transfer that charges points (PaymentRequest). Not retried: on a network error, check points.paymentHistory before asking again. */
  requestPointsPayment: PointsPaymentRequest;
  /** Asks POPBiLL to refund points to a bank account (Refund). Not retried: on a network error, check points.refundHistory before asking again. */
  requestPointsRefund: PointsRefundRequest;
  /** Sends the receipt to an e-mail address again (sendEmail). Sent once: never retried by korbill. */
  resendCashbillEmail: Scalars["Boolean"]["output"];
  /** Faxes the receipt (sendFAX; points are charged). Sent once. */
  resendCashbillFax: Scalars["Boolean"]["output"];
  /** Sends a text message about the receipt (sendSMS; points are charged). contents: at most 90 bytes (Hangul counts 2). Sent once. */
  resendCashbillSms: Scalars["Boolean"]["output"];
  /** Issues a cancel receipt for an issued one (RevokeRegistIssue): full, or partial with `partial` amounts. */
  revokeCashbill: IssueResult;
  /** Schedules charges of your billing key; i'mport runs each at its time and korbill reports the outcome on `paymentEvents` (SCHEDULED_EXECUTED or FAILED). All are validated first (BAD_USER_INPUT, nothing sent). A merchantUid already paid or already scheduled is a CONFLICT. NOT_FOUND for a key that is not yours. */
  schedulePayments: Array<PaymentSchedule>;
  /** Turns the buyer's issue e-mail (CSH_ISSUE, the only type POPBiLL accepts) on or off (updateEmailConfig). */
  setCashbillIssueEmail: Scalars["Boolean"]["output"];
  /** Sets the balance below which a LOW_BALANCE event is sent (0 turns it off). */
  setLowBalanceThreshold: Points;
  /** Unschedules the listed pending charges of your billing key, or all of them when `merchantUids` is omitted. Returns the unscheduled ones (status REVOKED). UPSTREAM_ERROR when nothing was pending. */
  unschedulePayments: Array<PaymentSchedule>;
  /** Changes a member's contact (UpdateContact). */
  updateMemberContact: MemberOperationResult;
  /** Changes a member business's details (UpdateCorpInfo). */
  updateMemberCorpInfo: MemberOperationResult;
  /** Checks that a bank account belongs to a person (birth date) or business (BRN) (CheckDepositorInfo, 예금주 실명조회). Costs points. */
  verifyAccountHolder: AccountHolderVerification;
};

export type MutationAdvanceSandboxClockArgs = {
  by?: InputMaybe<Scalars["String"]["input"]>;
  to?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationAssignCashbillMgtKeyArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  itemKey: Scalars["String"]["input"];
  mgtKey: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationBulkIssueCashbillsArgs = {
  cashbills: Array<CashbillInput>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  submitId: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationCancelPaymentArgs = {
  amount?: InputMaybe<Scalars["Int"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  impUid?: InputMaybe<Scalars["String"]["input"]>;
  merchantUid?: InputMaybe<Scalars["String"]["input"]>;
  reason: Scalars["String"]["input"];
};

export type MutationChargeBillingKeyArgs = {
  amount: Scalars["Int"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customData?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  merchantUid: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
  taxFree?: InputMaybe<Scalars["Int"]["input"]>;
};

export type MutationCheckAccountHolderArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: AccountHolderCheckInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationCheckHometaxDeptUserLoginArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationDeleteBillingKeyArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  reason?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationDeleteHometaxDeptUserArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationDeleteMemberContactArgs = {
  corpNum: Scalars["String"]["input"];
  id: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationIssueBillingKeyArgs = {
  card: CardInput;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customer?: InputMaybe<CustomerInput>;
  customerUid: Scalars["String"]["input"];
};

export type MutationIssueCashbillArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: CashbillInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationJoinPopbillMemberArgs = {
  input: JoinPopbillMemberInput;
};

export type MutationPayOnceArgs = {
  amount: Scalars["Int"]["input"];
  card: CardInput;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customData?: InputMaybe<Scalars["String"]["input"]>;
  customer?: InputMaybe<CustomerInput>;
  merchantUid: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
  saveAsCustomerUid?: InputMaybe<Scalars["String"]["input"]>;
  taxFree?: InputMaybe<Scalars["Int"]["input"]>;
};

export type MutationQuitPopbillMemberArgs = {
  corpNum: Scalars["String"]["input"];
  reason: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRegisterHometaxDeptUserArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["String"]["input"];
  identityNum?: InputMaybe<Scalars["String"]["input"]>;
  password: Scalars["String"]["input"];
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRegisterMemberContactArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: NewMemberContactInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRequestHometaxJobArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: HometaxJobRequestInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRequestPointsPaymentArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: PointsPaymentInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRequestPointsRefundArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: PointsRefundInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationResendCashbillEmailArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  receiver: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationResendCashbillFaxArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  receiver: Scalars["String"]["input"];
  sender: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationResendCashbillSmsArgs = {
  contents: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  receiver: Scalars["String"]["input"];
  sender: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRevokeCashbillArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: RevokeCashbillInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationSchedulePaymentsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  schedules: Array<ScheduleInput>;
};

export type MutationSetCashbillIssueEmailArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  send: Scalars["Boolean"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationSetLowBalanceThresholdArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  threshold: Scalars["Int"]["input"];
};

export type MutationUnschedulePaymentsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  merchantUids?: InputMaybe<Array<Scalars["String"]["input"]>>;
};

export type MutationUpdateMemberContactArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: MemberContactInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationUpdateMemberCorpInfoArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: MemberCorpInfoInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationVerifyAccountHolderArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: AccountHolderVerificationInput;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

/** A new contact (POPBiLL login), with its password. */
export type NewMemberContactInput = {
  /** E-mail. */
  email: Scalars["String"]["input"];
  /** Login id (identifies the contact to update). */
  id: Scalars["String"]["input"];
  /** Name, at most 100 characters. */
  name: Scalars["String"]["input"];
  /** Password: 8-20 characters mixing letters, digits and special characters. Sent to POPBiLL only; never stored or logged. */
  password: Scalars["String"]["input"];
  /** Phone number. */
  phone: Scalars["String"]["input"];
  /** What the contact may see (not UNKNOWN). */
  role: MemberContactRole;
};

/** Cancel only part of a receipt: the amounts being cancelled, in KRW. */
export type PartialCancelInput = {
  /** Why it is cancelled. */
  cancelType: CancelType;
  /** Service charge cancelled, 0 to 999,999,999. */
  serviceFee: Scalars["Int"]["input"];
  /** Supply amount cancelled, 0 to 999,999,999. */
  supplyCost: Scalars["Int"]["input"];
  /** VAT cancelled, 0 to 999,999,999. */
  tax: Scalars["Int"]["input"];
  /** Total cancelled (at least 1); must equal supplyCost + tax + serviceFee. */
  totalAmount: Scalars["Int"]["input"];
};

/** A card payment made through i'mport: a billing-key charge, a scheduled charge or a key-in payment. Amounts are KRW; times are ISO-8601 with +09:00 and null when it did not happen. */
export type Payment = {
  __typename?: "Payment";
  /** Charged amount (KRW). */
  amount: Scalars["Int"]["output"];
  /** Card approval number. */
  applyNum?: Maybe<Scalars["String"]["output"]>;
  /** Refunded so far (KRW); amount - cancelAmount is refundable. */
  cancelAmount: Scalars["Int"]["output"];
  /** Why it was refunded. */
  cancelReason?: Maybe<Scalars["String"]["output"]>;
  /** When it was (last) refunded. */
  cancelledAt?: Maybe<Scalars["String"]["output"]>;
  /** Card company code. */
  cardCode?: Maybe<Scalars["String"]["output"]>;
  /** Card product name. */
  cardName?: Maybe<Scalars["String"]["output"]>;
  /** Masked card number. */
  cardNumber?: Maybe<Scalars["String"]["output"]>;
  /** Installment months; 0 = lump sum. */
  cardQuota?: Maybe<Scalars["Int"]["output"]>;
  /** Currency, normally `KRW`. */
  currency: Scalars["String"]["output"];
  /** The billing key used, if any. */
  customerUid?: Maybe<Scalars["String"]["output"]>;
  /** Why it was declined, in the PG's words (Korean), e.g. `한도초과`. */
  failReason?: Maybe<Scalars["String"]["output"]>;
  /** When it was declined. */
  failedAt?: Maybe<Scalars["String"]["output"]>;
  /** i'mport's payment id (e.g. `imp_123456789012`). */
  impUid: Scalars["String"]["output"];
  /** Your order id. */
  merchantUid: Scalars["String"]["output"];
  /** Order name shown to the customer. */
  name?: Maybe<Scalars["String"]["output"]>;
  /** When it was approved. */
  paidAt?: Maybe<Scalars["String"]["output"]>;
  /** The PG, e.g. `nice`. */
  pgProvider?: Maybe<Scalars["String"]["output"]>;
  /** The PG's sales slip URL. */
  receiptUrl?: Maybe<Scalars["String"]["output"]>;
  /** True for a charge i'mport ran from a schedule. */
  scheduled: Scalars["Boolean"]["output"];
  /** When the attempt started. */
  startedAt?: Maybe<Scalars["String"]["output"]>;
  status: PaymentStatus;
};

/** A payment outcome korbill verified with i'mport (webhooks are re-fetched, never trusted). Each outcome is delivered once. Pass `cursor` as `after` when resubscribing to receive what you missed. */
export type PaymentEvent = {
  __typename?: "PaymentEvent";
  /** The payment's amount (KRW). */
  amount: Scalars["Int"]["output"];
  /** When it happened (ISO-8601, +09:00). */
  at: Scalars["String"]["output"];
  /** Refunded so far (KRW). */
  cancelAmount: Scalars["Int"]["output"];
  /** Opaque position in the event log; resume after it. */
  cursor: Scalars["String"]["output"];
  /** The billing key charged, if any. */
  customerUid?: Maybe<Scalars["String"]["output"]>;
  /** Why it was declined (FAILED). */
  failReason?: Maybe<Scalars["String"]["output"]>;
  impUid: Scalars["String"]["output"];
  merchantUid: Scalars["String"]["output"];
  /** The payment's state when korbill verified it. */
  status: PaymentStatus;
  type: PaymentEventType;
};

/** PAID: a charge was approved. SCHEDULED_EXECUTED: a scheduled charge ran and was approved. FAILED: a charge (scheduled or not) was declined. CANCELLED: a payment was refunded, fully or partly. */
export type PaymentEventType = "CANCELLED" | "FAILED" | "PAID" | "SCHEDULED_EXECUTED";

/** One page of payments (i'mport pages by 20), newest first. */
export type PaymentPage = {
  __typename?: "PaymentPage";
  items: Array<Payment>;
  /** The next page, if any. */
  nextPage?: Maybe<Scalars["Int"]["output"]>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** The previous page, if any. */
  previousPage?: Maybe<Scalars["Int"]["output"]>;
  /** Items in all pages. */
  total: Scalars["Int"]["output"];
};

/** A charge of a billing key that i'mport runs by itself at `scheduleAt`. When it runs, `paymentEvents` delivers SCHEDULED_EXECUTED (approved) or FAILED. */
export type PaymentSchedule = {
  __typename?: "PaymentSchedule";
  /** Amount to charge (KRW). */
  amount: Scalars["Int"]["output"];
  customerUid: Scalars["String"]["output"];
  /** When it ran. */
  executedAt?: Maybe<Scalars["String"]["output"]>;
  /** Why the charge was declined. */
  failReason?: Maybe<Scalars["String"]["output"]>;
  /** The payment, once executed. */
  impUid?: Maybe<Scalars["String"]["output"]>;
  /** Your order id of this charge. */
  merchantUid: Scalars["String"]["output"];
  name?: Maybe<Scalars["String"]["output"]>;
  /** The charge's outcome, once executed. */
  paymentStatus?: Maybe<PaymentStatus>;
  /** When it was unscheduled. */
  revokedAt?: Maybe<Scalars["String"]["output"]>;
  /** When it runs (ISO-8601, +09:00). */
  scheduleAt?: Maybe<Scalars["String"]["output"]>;
  status: ScheduleStatus;
};

/** One page of schedules, newest first. */
export type PaymentSchedulePage = {
  __typename?: "PaymentSchedulePage";
  items: Array<PaymentSchedule>;
  /** The next page, if any. */
  nextPage?: Maybe<Scalars["Int"]["output"]>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** The previous page, if any. */
  previousPage?: Maybe<Scalars["Int"]["output"]>;
  /** Items in all pages. */
  total: Scalars["Int"]["output"];
};

/** PAID: approved (a partial cancel keeps PAID; see cancelAmount). FAILED: declined by the card company (see failReason). CANCELLED: fully refunded. READY: not paid yet. UNKNOWN: a state i'mport added that korbill does not know yet. */
export type PaymentStatus = "CANCELLED" | "FAILED" | "PAID" | "READY" | "UNKNOWN";

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type Points = {
  __typename?: "Points";
  /** The POPBiLL site, already logged in as the member's user (GetAccessURL, TG=LOGIN); works for 30 seconds. */
  accessUrl: PointsPageUrl;
  /** Remaining points (charge + bonus), from POPBiLL GetBalance: a float as POPBiLL answers it (like unitCost). */
  balance: Scalars["Float"]["output"];
  /** How a service is charged (GetChargeInfo), with that service's own token. */
  chargeInfo: PointsChargeInfo;
  /** POPBiLL's point-charge page (GetChargeURL). */
  chargeUrl: PointsPageUrl;
  /** The member business (10-digit CorpNum) these points belong to. */
  corpNum: Scalars["String"]["output"];
  /** A LOW_BALANCE event is sent when the balance falls below this (0 = off). */
  lowBalanceThreshold: Scalars["Int"]["output"];
  /** One charge by its settleCode (GetSettleResult). */
  payment: PointsPayment;
  /** Bank-transfer charges in a day range. */
  paymentHistory: PointsPaymentPage;
  /** POPBiLL's payment-history page (GetPaymentURL). */
  paymentUrl: PointsPageUrl;
  /** One of the member's POPBiLL pages (GetPopbillURL); works for 30 seconds. */
  popbillUrl: PointsPageUrl;
  /** One refund request by its refundCode (GetRefundInfo). */
  refund: PointsRefund;
  /** Refund requests, paged. */
  refundHistory: PointsRefundPage;
  /** Points that can still be refunded (GetRefundableBalance), as POPBiLL answers them: a float, like unitCost. */
  refundableBalance: Scalars["Float"]["output"];
  /** Points charged per use of a service (GetUnitCost); may be fractional. HomeTax services are flat-rate and refused: ask chargeInfo. */
  unitCost?: Maybe<Scalars["Float"]["output"]>;
  /** The points ledger in a day range. */
  useHistory: PointsUsePage;
  /** POPBiLL's points-usage page (GetUseHistoryURL). */
  useHistoryUrl: PointsPageUrl;
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsChargeInfoArgs = {
  service?: PointsService;
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsPaymentArgs = {
  settleCode: Scalars["String"]["input"];
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsPaymentHistoryArgs = {
  from: Scalars["String"]["input"];
  page?: InputMaybe<Scalars["Int"]["input"]>;
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
  to: Scalars["String"]["input"];
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsPopbillUrlArgs = {
  page: PopbillPage;
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsRefundArgs = {
  refundCode: Scalars["String"]["input"];
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsRefundHistoryArgs = {
  page?: InputMaybe<Scalars["Int"]["input"]>;
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsUnitCostArgs = {
  service: PointsService;
};

/** POPBiLL points of one member business. Each field costs one upstream call when selected. */
export type PointsUseHistoryArgs = {
  from: Scalars["String"]["input"];
  order?: InputMaybe<PointsSortOrder>;
  page?: InputMaybe<Scalars["Int"]["input"]>;
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
  to: Scalars["String"]["input"];
};

/** How a member business is charged for one service. */
export type PointsChargeInfo = {
  __typename?: "PointsChargeInfo";
  /** Charging method as POPBiLL names it (과금유형). */
  chargeMethod?: Maybe<Scalars["String"]["output"]>;
  /** Rate system as POPBiLL names it (과금제도). */
  rateSystem?: Maybe<Scalars["String"]["output"]>;
  /** The service these terms are for. */
  service: PointsService;
  /** Points per use. Float: POPBiLL declares unit costs as floats and they may be fractional (1 point = 1 KRW). */
  unitCost?: Maybe<Scalars["Float"]["output"]>;
};

/** A points balance change korbill caused or observed, with its cursor for resuming. */
export type PointsEvent = {
  __typename?: "PointsEvent";
  /** When korbill recorded it, ISO-8601 with +09:00. */
  at: Scalars["String"]["output"];
  /** Balance after the change. */
  balance: Scalars["Int"]["output"];
  /** The member business (10-digit CorpNum). */
  corpNum: Scalars["String"]["output"];
  /** Pass as `after` to resume after this event. */
  cursor: Scalars["String"]["output"];
  /** balance - previousBalance (BALANCE_CHANGED). */
  delta?: Maybe<Scalars["Int"]["output"]>;
  /** Balance korbill saw before (BALANCE_CHANGED). */
  previousBalance?: Maybe<Scalars["Int"]["output"]>;
  /** The threshold crossed (LOW_BALANCE). */
  threshold?: Maybe<Scalars["Int"]["output"]>;
  /** What happened. */
  type: PointsEventType;
};

/** BALANCE_CHANGED: the balance differs from the one korbill last saw. LOW_BALANCE: it fell below the member's threshold. */
export type PointsEventType =
  /** The balance differs from the one korbill last saw. */
  | "BALANCE_CHANGED"
  /** The balance fell below the member's threshold. */
  | "LOW_BALANCE";

/** The POPBiLL service a ledger entry belongs to. The raw code is in `itemCode`. */
export type PointsItem =
  /** Account-holder name lookups (182). */
  | "ACCOUNT_CHECK_NAME"
  /** Account-holder verifications (183). */
  | "ACCOUNT_CHECK_REAL_NAME"
  /** Business information lookups (171). */
  | "BIZ_INFO_CHECK"
  /** Cash receipts (140). */
  | "CASHBILL"
  /** Business closure lookups (170). */
  | "CLOSEDOWN"
  /** Bank account inquiry (180). */
  | "EASYFIN_BANK"
  /** Fax (160-161). */
  | "FAX"
  /** HomeTax cash-receipt collection (141). */
  | "HOMETAX_CASHBILL"
  /** HomeTax tax-invoice collection (111). */
  | "HOMETAX_TAXINVOICE"
  /** KakaoTalk messages (153-158). */
  | "KAKAO"
  /** SMS, LMS and MMS (150-152). */
  | "MESSAGE"
  /** Electronic statements (121-126). */
  | "STATEMENT"
  /** Tax invoices (110). */
  | "TAXINVOICE"
  /** A code korbill does not know yet; see itemCode. */
  | "UNKNOWN";

/** A POPBiLL page to open (in a pop-up); it stops working 30 seconds after issue. */
export type PointsPageUrl = {
  __typename?: "PointsPageUrl";
  /** When the URL stops working, ISO-8601 with +09:00 (30 s after korbill asked). */
  expiresAt: Scalars["String"]["output"];
  /** The page, with a one-time session. */
  url: Scalars["String"]["output"];
};

/** One bank-transfer charge of points (무통장 입금). */
export type PointsPayment = {
  __typename?: "PointsPayment";
  /** Product name. */
  productName?: Maybe<Scalars["String"]["output"]>;
  /** What was bought (productType, 결제 내용). */
  productType?: Maybe<Scalars["String"]["output"]>;
  /** When it was requested, ISO-8601 +09:00. */
  registeredAt?: Maybe<Scalars["String"]["output"]>;
  /** KRW to pay or paid. */
  settleCost?: Maybe<Scalars["Int"]["output"]>;
  /** Points credited. */
  settlePoint?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL's raw state code (settleState). */
  settleState?: Maybe<Scalars["Int"]["output"]>;
  /** The state in English; UNKNOWN for new codes. */
  settleStatus: PointsPaymentStatus;
  /** Payment type as POPBiLL names it (결제유형). */
  settleType?: Maybe<Scalars["String"]["output"]>;
  /** Their e-mail. */
  settlerEmail?: Maybe<Scalars["String"]["output"]>;
  /** Who asked for the charge. */
  settlerName?: Maybe<Scalars["String"]["output"]>;
  /** When the state last changed. */
  stateChangedAt?: Maybe<Scalars["String"]["output"]>;
};

/** Asks POPBiLL to expect a bank transfer that charges points (무통장 입금신청). */
export type PointsPaymentInput = {
  /** Name the deposit will arrive under (paymentName, 입금자명). */
  depositorName: Scalars["String"]["input"];
  /** Mobile number POPBiLL notifies (notifyHP), e.g. 010-1234-5678. */
  notifyPhone: Scalars["String"]["input"];
  /** KRW that will be deposited (settleCost), a positive whole number. */
  settleCost: Scalars["Int"]["input"];
  /** Their e-mail (settlerEmail). */
  settlerEmail: Scalars["String"]["input"];
  /** Who asks (settlerName, 담당자명), at most 100 characters. */
  settlerName: Scalars["String"]["input"];
};

/** One page of charges with POPBiLL's totals. */
export type PointsPaymentPage = {
  __typename?: "PointsPaymentPage";
  /** The items on this page. */
  list: Array<PointsPayment>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** Number of pages. */
  pageCount: Scalars["Int"]["output"];
  /** Page size. */
  perPage: Scalars["Int"]["output"];
  /** Items on all pages. */
  total: Scalars["Int"]["output"];
};

/** A bank-transfer charge POPBiLL now expects. */
export type PointsPaymentRequest = {
  __typename?: "PointsPaymentRequest";
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's code for the charge (settleCode); pass it to points.payment. */
  settleCode?: Maybe<Scalars["String"]["output"]>;
};

/** Where a bank-transfer charge stands. The raw POPBiLL code is in `settleState`. */
export type PointsPaymentStatus =
  /** Cancelled (settleState 3). */
  | "CANCELLED"
  /** Deposit received, points credited (settleState 2). */
  | "COMPLETED"
  /** Waiting for the deposit (settleState 1). */
  | "PENDING"
  /** A code korbill does not know yet; see settleState. */
  | "UNKNOWN";

/** One request to refund points to a bank account. */
export type PointsRefund = {
  __typename?: "PointsRefund";
  /** Account holder (accountName). */
  accountHolder?: Maybe<Scalars["String"]["output"]>;
  /** Account number (accountNum). */
  accountNumber?: Maybe<Scalars["String"]["output"]>;
  /** Bank name (accountBank). */
  bankName?: Maybe<Scalars["String"]["output"]>;
  /** Why the refund was asked for. */
  reason?: Maybe<Scalars["String"]["output"]>;
  /** Points to refund. */
  requestPoint?: Maybe<Scalars["Int"]["output"]>;
  /** When it was requested, ISO-8601 +09:00. */
  requestedAt?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's raw state code. */
  state?: Maybe<Scalars["Int"]["output"]>;
  /** The state in English; UNKNOWN for new codes. */
  status: PointsRefundStatus;
};

/** Asks POPBiLL to refund unused points to a bank account (환불신청). */
export type PointsRefundInput = {
  /** Account holder (accountName, 예금주). */
  accountHolder: Scalars["String"]["input"];
  /** Account number; dashes are removed (accountNum). */
  accountNumber: Scalars["String"]["input"];
  /** Bank name as POPBiLL spells it, e.g. 국민 (accountBank). */
  bankName: Scalars["String"]["input"];
  /** Who asks (contactName). */
  contactName: Scalars["String"]["input"];
  /** Their phone number (tel). */
  contactPhone: Scalars["String"]["input"];
  /** Why the refund is asked for. */
  reason: Scalars["String"]["input"];
  /** Points to refund (requestPoint), a positive whole number. */
  requestPoint: Scalars["Int"]["input"];
};

/** One page of refund requests with POPBiLL's totals. */
export type PointsRefundPage = {
  __typename?: "PointsRefundPage";
  /** The items on this page. */
  list: Array<PointsRefund>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** Number of pages. */
  pageCount: Scalars["Int"]["output"];
  /** Page size. */
  perPage: Scalars["Int"]["output"];
  /** Items on all pages. */
  total: Scalars["Int"]["output"];
};

/** A refund request POPBiLL accepted. */
export type PointsRefundRequest = {
  __typename?: "PointsRefundRequest";
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** POPBiLL's code for the request (refundCode); pass it to points.refund. */
  refundCode?: Maybe<Scalars["String"]["output"]>;
};

/** Where a refund request stands. The raw POPBiLL code is in `state`. */
export type PointsRefundStatus =
  /** Cancelled or refused (state 3). */
  | "CANCELLED"
  /** Paid out (state 2). */
  | "COMPLETED"
  /** Requested, not yet paid out (state 1). */
  | "REQUESTED"
  /** A code korbill does not know yet; see state. */
  | "UNKNOWN";

/** A POPBiLL service whose price a member can ask for. */
export type PointsService =
  /** Account-holder name lookup (예금주 성명조회). */
  | "ACCOUNT_CHECK_NAME"
  /** Account-holder verification (예금주 실명조회). */
  | "ACCOUNT_CHECK_REAL_NAME"
  /** Cash receipts (현금영수증). */
  | "CASHBILL"
  /** HomeTax cash-receipt collection (flat-rate; no unit cost). */
  | "HOMETAX_CASHBILL"
  /** HomeTax tax-invoice collection (flat-rate; no unit cost). */
  | "HOMETAX_TAXINVOICE";

/** Sort order of the points ledger. */
export type PointsSortOrder =
  /** Oldest first. */
  | "ASC"
  /** Newest first (the default). */
  | "DESC";

/** One movement in the points ledger. */
export type PointsUseEntry = {
  __typename?: "PointsUseEntry";
  /** When, ISO-8601 +09:00. */
  at?: Maybe<Scalars["String"]["output"]>;
  /** Balance after the movement. */
  balance?: Maybe<Scalars["Float"]["output"]>;
  /** The service in English; UNKNOWN for new codes. */
  item: PointsItem;
  /** POPBiLL's service code (itemCode). */
  itemCode?: Maybe<Scalars["Int"]["output"]>;
  /** Points moved (txPoint). Float: unit costs may be fractional. */
  points?: Maybe<Scalars["Float"]["output"]>;
  /** POPBiLL's raw movement kind (txType, 포인트 증감 유형); meanings undocumented. */
  txType?: Maybe<Scalars["Int"]["output"]>;
  /** POPBiLL user who caused it. */
  userId?: Maybe<Scalars["String"]["output"]>;
  /** That user's name. */
  userName?: Maybe<Scalars["String"]["output"]>;
};

/** One page of ledger entries with POPBiLL's totals. */
export type PointsUsePage = {
  __typename?: "PointsUsePage";
  /** The items on this page. */
  list: Array<PointsUseEntry>;
  /** This page's number, from 1. */
  page: Scalars["Int"]["output"];
  /** Number of pages. */
  pageCount: Scalars["Int"]["output"];
  /** Page size. */
  perPage: Scalars["Int"]["output"];
  /** Items on all pages. */
  total: Scalars["Int"]["output"];
};

/** Whether a POPBiLL login id is still free. */
export type PopbillIdCheck = {
  __typename?: "PopbillIdCheck";
  /** True when POPBiLL answered code 0 (not taken). */
  available: Scalars["Boolean"]["output"];
  /** POPBiLL's answer code (0 free, 1 taken). */
  code: Scalars["Int"]["output"];
  /** The id checked. */
  id: Scalars["String"]["output"];
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
};

/** Whether a business is a POPBiLL member of this partner. */
export type PopbillMemberCheck = {
  __typename?: "PopbillMemberCheck";
  /** POPBiLL's answer code (1 member, 0 not). */
  code: Scalars["Int"]["output"];
  /** The business checked (10 digits). */
  corpNum: Scalars["String"]["output"];
  /** True when POPBiLL answered code 1 (a member). */
  isMember: Scalars["Boolean"]["output"];
  /** POPBiLL's message. */
  message?: Maybe<Scalars["String"]["output"]>;
};

/** A POPBiLL web page of the member (GetPopbillURL's TOGO). */
export type PopbillPage =
  /** Point charge. */
  | "CHRG"
  /** The POPBiLL site, logged in as the member's user (GetAccessURL). */
  | "LOGIN"
  /** Payment history. */
  | "PAYMENT"
  /** Points usage. */
  | "USEHISTORY";

export type Query = {
  __typename?: "Query";
  /** One of your billing keys, as i'mport shows it now (masked card). NOT_FOUND for a deleted key or one that is not yours. */
  billingKey: BillingKey;
  /** Payments made with your billing key, newest first, 20 per page (i'mport's paging). */
  billingKeyPayments: PaymentPage;
  /** Schedules of your billing key whose time is in [from, to) (at most 90 days apart), newest first. */
  billingKeySchedules: PaymentSchedulePage;
  /** Your billing keys (issued through korbill and not deleted), newest first. */
  billingKeys: BillingKeyPage;
  /** One Korea-time day of bulk issuance from korbill's own records: submissions recorded that day by state, receipts issued / refused / pending, amounts of the issued receipts, and points spent. */
  bulkDaySummary: BulkDaySummary;
  /** A bulk submission's state, counts and per-receipt results. */
  bulkSubmission: BulkSubmission;
  /** Bulk submissions recorded from `from` to `to` (Korea-time days yyyy-MM-dd, both included, at most 31 days), newest first, `first` per page (default 50, at most 100) after the cursor `after`. `state` keeps one state; `failuresOnly` keeps submissions that FAILED or have a refused receipt or a failed filing. */
  bulkSubmissions: BulkSubmissionPage;
  /** One cash receipt by your document number (null when POPBiLL has none). */
  cashbill?: Maybe<Cashbill>;
  /** How cash receipts are charged for this member. */
  cashbillChargeInfo: ChargeInfo;
  /** A receipt's full record (getDetailInfo): what `cashbill` does not carry. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003. */
  cashbillDetail: CashbillDetail;
  /** The member's buyer e-mail settings for cash receipts (listEmailConfig). */
  cashbillEmailConfig: Array<CashbillEmailConfig>;
  /** A receipt's history, oldest first (getLogs). Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003. */
  cashbillLogs: Array<CashbillLog>;
  /** One print page of up to 100 receipts (getMassPrintURL), valid 30 seconds. */
  cashbillMassPrintUrl: CashbillPageUrl;
  /** Whether a document number is in use by one of the member's receipts (checkMgtKeyInUse). */
  cashbillMgtKeyInUse: Scalars["Boolean"]["output"];
  /** A POPBiLL page of one receipt (getPopUpURL, getViewURL, getPrintURL, getMailURL, getPDFURL), valid 30 seconds. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003. */
  cashbillPageUrl: CashbillPageUrl;
  /** The receipt's PDF (getPDF), fetched by the gateway for the key's own member and returned inline as base64. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003. */
  cashbillPdf: CashbillPdf;
  /** Points charged per issued cash receipt. */
  cashbillUnitCost: UnitCost;
  /** Several receipts at once (up to 1000), fetched in one POPBiLL call; unknown keys are left out. */
  cashbills: Array<Cashbill>;
  /** The member's crawl jobs POPBiLL still serves (requested within the hour), including ones requested outside korbill (`tracked: false`). */
  hometaxActiveJobs: Array<HometaxJob>;
  /** The HomeTax logins registered for one service. POPBiLL crawls HomeTax (the National Tax Service's site) by logging in on the member's behalf, so one of two logins must be registered; check each service (`hometaxAuth(service:)`), since department users are separate for cash receipts and tax invoices. DEPT_USER — a HomeTax department user (부서사용자), recommended: free to create in HomeTax (My HomeTax > 부서사용자 관리, with inquiry rights for the service), read-only (safer), semi-permanent (no yearly renewal), and several logins may be active at once. Register it with `registerHometaxDeptUser`. CERTIFICATE — a joint certificate (공동인증서) that is also registered in HomeTax, uploaded on POPBiLL's page (`hometaxCertificatePopupUrl`): it costs money, must be renewed and registered again every year, and allows one login at a time (a second login disconnects the first). If neither is registered, POPBiLL refuses with 'The information of HomeTax Authentication does not exist' (UPSTREAM_ERROR, upstreamCode -11100025); if the department user's ID or password is wrong, with 'Failed login HomeTax' (UPSTREAM_ERROR, upstreamCode -11100001). `hometaxReadiness` tells you which case you are in. */
  hometaxAuth: HometaxAuth;
  /** Totals of a cash-receipt crawl's results. The job must be the member's, COMPLETED and not EXPIRED: otherwise NOT_FOUND (unknown or expired), CONFLICT (still crawling) or the crawl's own UPSTREAM_ERROR (e.g. -11100001 Failed login HomeTax), with nothing sent. */
  hometaxCashbillSummary: HometaxCashbillSummary;
  /** One page of a cash-receipt crawl's results. The job must be the member's, COMPLETED and not EXPIRED: otherwise NOT_FOUND (unknown or expired), CONFLICT (still crawling) or the crawl's own UPSTREAM_ERROR (e.g. -11100001 Failed login HomeTax), with nothing sent. */
  hometaxCashbills: HometaxCashbillPage;
  /** POPBiLL's HomeTax-authentication page, to open in a popup: there the member registers a certificate (공동인증서) or a department user. The URL works for 30 seconds: fetch it when the user clicks. */
  hometaxCertificatePopupUrl: HometaxPopupUrl;
  /** The member's flat-rate (정액제) contract for a crawl service (GetFlatRateState). Crawling needs one; `active: false` when POPBiLL has none (not an error). */
  hometaxFlatRate: HometaxFlatRate;
  /** POPBiLL's flat-rate subscription page for a crawl service (GetFlatRatePopUpURL), to open in a popup. The URL works for 30 seconds: fetch it when the user clicks. */
  hometaxFlatRatePopupUrl: HometaxPopupUrl;
  /** A crawl job korbill requested for the member (NOT_FOUND for any other). After its hour the status is EXPIRED. An open job is asked from POPBiLL once per request, so it agrees with a search or summary of the same request. */
  hometaxJob: HometaxJob;
  /** Whether a crawl requested now would work, which login it would use, and what to do if not. Combines the registration checks, the certificate's expiry (warning 30 days ahead) and a live HomeTax login test. POPBiLL crawls HomeTax (the National Tax Service's site) by logging in on the member's behalf, so one of two logins must be registered; check each service (`hometaxAuth(service:)`), since department users are separate for cash receipts and tax invoices. DEPT_USER — a HomeTax department user (부서사용자), recommended: free to create in HomeTax (My HomeTax > 부서사용자 관리, with inquiry rights for the service), read-only (safer), semi-permanent (no yearly renewal), and several logins may be active at once. Register it with `registerHometaxDeptUser`. CERTIFICATE — a joint certificate (공동인증서) that is also registered in HomeTax, uploaded on POPBiLL's page (`hometaxCertificatePopupUrl`): it costs money, must be renewed and registered again every year, and allows one login at a time (a second login disconnects the first). If neither is registered, POPBiLL refuses with 'The information of HomeTax Authentication does not exist' (UPSTREAM_ERROR, upstreamCode -11100025); if the department user's ID or password is wrong, with 'Failed login HomeTax' (UPSTREAM_ERROR, upstreamCode -11100001). `hometaxReadiness` tells you which case you are in. */
  hometaxReadiness: HometaxReadiness;
  /** A crawled tax invoice in full (GetTaxinvoice), by the NTS confirm number a crawl listed. An unknown number fails with UPSTREAM_ERROR (upstreamCode -11100020). */
  hometaxTaxinvoiceDetail: HometaxTaxinvoiceDetail;
  /** POPBiLL's print view of a crawled tax invoice (GetPrintURL), to open in a popup; works for 30 seconds. */
  hometaxTaxinvoicePrintUrl: HometaxPopupUrl;
  /** Totals of a tax-invoice crawl's results. The job must be the member's, COMPLETED and not EXPIRED: otherwise NOT_FOUND (unknown or expired), CONFLICT (still crawling) or the crawl's own UPSTREAM_ERROR (e.g. -11100001 Failed login HomeTax), with nothing sent. */
  hometaxTaxinvoiceSummary: HometaxTaxinvoiceSummary;
  /** POPBiLL's view of a crawled tax invoice (GetPopUpURL), to open in a popup; works for 30 seconds. */
  hometaxTaxinvoiceViewUrl: HometaxPopupUrl;
  /** A crawled tax invoice as its XML document (GetXML), as text. Same errors as hometaxTaxinvoiceDetail. */
  hometaxTaxinvoiceXml: Scalars["String"]["output"];
  /** One page of a tax-invoice crawl's results. The job must be the member's, COMPLETED and not EXPIRED: otherwise NOT_FOUND (unknown or expired), CONFLICT (still crawling) or the crawl's own UPSTREAM_ERROR (e.g. -11100001 Failed login HomeTax), with nothing sent. */
  hometaxTaxinvoices: HometaxTaxinvoicePage;
  /** One contact of a member business (GetContactInfo). */
  memberContact: MemberContact;
  /** A member business's contacts (ListContact). */
  memberContacts: Array<MemberContact>;
  /** A member business's details (GetCorpInfo). */
  memberCorpInfo: MemberCorpInfo;
  /** The partner's own remaining points (GetPartnerBalance), as POPBiLL answers them: a float. Partner keys only. */
  partnerBalance: Scalars["Float"]["output"];
  /** POPBiLL's partner point-charge page (GetPartnerURL, CHRG). Partner keys only. */
  partnerChargeUrl: PointsPageUrl;
  /** One of your payments, by exactly one of impUid and merchantUid (the newest attempt of that order). NOT_FOUND for a payment that is not yours. */
  payment: Payment;
  /** Answers `pong`; needs no key. */
  ping: Scalars["String"]["output"];
  /** POPBiLL points of a member business. */
  points: Points;
  /** Whether a POPBiLL login id is still free (CheckID). */
  popbillIdAvailability: PopbillIdCheck;
  /** Whether a business is already a POPBiLL member (CheckIsMember). */
  popbillMember: PopbillMemberCheck;
  /** The local stage's sandbox clock (FORBIDDEN outside the local stage). */
  sandboxClock: SandboxClock;
  /** Searches issued receipts (POPBiLL Search), paged with POPBiLL's totals. */
  searchCashbills: CashbillSearchResult;
  /** The API key in use. */
  viewer: Viewer;
};

export type QueryBillingKeyArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
};

export type QueryBillingKeyPaymentsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  page?: Scalars["Int"]["input"];
};

export type QueryBillingKeySchedulesArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid: Scalars["String"]["input"];
  from: Scalars["String"]["input"];
  page?: Scalars["Int"]["input"];
  status?: InputMaybe<ScheduleStatusFilter>;
  to: Scalars["String"]["input"];
};

export type QueryBillingKeysArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  page?: Scalars["Int"]["input"];
  perPage?: Scalars["Int"]["input"];
};

export type QueryBulkDaySummaryArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  date: Scalars["String"]["input"];
};

export type QueryBulkSubmissionArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  submitId: Scalars["String"]["input"];
};

export type QueryBulkSubmissionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  failuresOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  from: Scalars["String"]["input"];
  state?: InputMaybe<BulkState>;
  to: Scalars["String"]["input"];
};

export type QueryCashbillArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
};

export type QueryCashbillChargeInfoArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillDetailArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillEmailConfigArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillLogsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillMassPrintUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKeys: Array<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillMgtKeyInUseArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
};

export type QueryCashbillPageUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  page: CashbillPage;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillPdfArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKey: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillUnitCostArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryCashbillsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  mgtKeys: Array<Scalars["String"]["input"]>;
};

export type QueryHometaxActiveJobsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxAuthArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxCashbillSummaryArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  filters?: InputMaybe<HometaxCashbillFilter>;
  jobId: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxCashbillsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  filters?: InputMaybe<HometaxCashbillFilter>;
  jobId: Scalars["String"]["input"];
  order?: InputMaybe<HometaxSortOrder>;
  page?: InputMaybe<Scalars["Int"]["input"]>;
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxCertificatePopupUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxFlatRateArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxFlatRatePopupUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxJobArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  jobId: Scalars["String"]["input"];
};

export type QueryHometaxReadinessArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  service: HometaxService;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoiceDetailArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  ntsConfirmNum: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoicePrintUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  ntsConfirmNum: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoiceSummaryArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  filters?: InputMaybe<HometaxTaxinvoiceFilter>;
  jobId: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoiceViewUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  ntsConfirmNum: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoiceXmlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  ntsConfirmNum: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryHometaxTaxinvoicesArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  filters?: InputMaybe<HometaxTaxinvoiceFilter>;
  jobId: Scalars["String"]["input"];
  order?: InputMaybe<HometaxSortOrder>;
  page?: InputMaybe<Scalars["Int"]["input"]>;
  perPage?: InputMaybe<Scalars["Int"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryMemberContactArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryMemberContactsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryMemberCorpInfoArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryPartnerBalanceArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryPartnerChargeUrlArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryPaymentArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  impUid?: InputMaybe<Scalars["String"]["input"]>;
  merchantUid?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryPointsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryPopbillIdAvailabilityArgs = {
  id: Scalars["String"]["input"];
};

export type QueryPopbillMemberArgs = {
  corpNum: Scalars["String"]["input"];
};

export type QuerySearchCashbillsArgs = {
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  input: CashbillSearchInput;
};

/** Cancel an issued receipt, fully or partly, by issuing a cancel receipt that refers to it. */
export type RevokeCashbillInput = {
  /** Subject of the buyer's e-mail (at most 300 characters). */
  emailSubject?: InputMaybe<Scalars["String"]["input"]>;
  /** Internal note (at most 200 characters). */
  memo?: InputMaybe<Scalars["String"]["input"]>;
  /** Your document number for the NEW cancel receipt: 1-24 characters of A-Z a-z 0-9 _ -. */
  mgtKey: Scalars["String"]["input"];
  /** The NTS confirm number of the receipt being cancelled: 1-24 letters or digits. */
  orgConfirmNum: Scalars["String"]["input"];
  /** Trade date of the receipt being cancelled (yyyy-MM-dd). */
  orgTradeDate: Scalars["String"]["input"];
  /** Cancel only these amounts. Omit to cancel the whole receipt. */
  partial?: InputMaybe<PartialCancelInput>;
  /** Send an SMS notice to the buyer (costs POPBiLL points). Default: false. */
  sendSms?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** When the cancellation happened (ISO-8601 with offset, today or yesterday in Korea). Default: the moment POPBiLL issues the cancel receipt. */
  tradeAt?: InputMaybe<Scalars["String"]["input"]>;
};

/** The local stage's sandbox clock: what POPBiLL and i'mport see as now. Moving it runs what falls due (bulk processing, NTS filing, scheduled payments, expiring URLs and tokens). */
export type SandboxClock = {
  __typename?: "SandboxClock";
  /** How far the sandbox clock is ahead of real time, in ms. */
  aheadMs: Scalars["Float"]["output"];
  /** The sandbox time (ISO-8601 with +09:00). */
  now: Scalars["String"]["output"];
  /** `seed`: POPBiLL's schedule (filing overnight, NTS results at 11:00 KST the next day); `demo`: within seconds (KORBILL_SANDBOX_TIMING). */
  timing: Scalars["String"]["output"];
};

/** One charge for i'mport to run at a set time. */
export type ScheduleInput = {
  /** Amount in KRW (1 to 2,147,483,647). */
  amount: Scalars["Int"]["input"];
  /** Your order id for this charge: 1-40 characters of A-Z a-z 0-9 _ - . @, unique in the request and never one already paid. */
  merchantUid: Scalars["String"]["input"];
  /** Order name shown to the customer (at most 40 characters). */
  name: Scalars["String"]["input"];
  /** When to charge: ISO-8601 with an offset, e.g. `2025-02-01T09:00:00+09:00`; in the future, at most one year ahead. */
  scheduleAt: Scalars["String"]["input"];
};

/** SCHEDULED: waiting for its time. EXECUTED: i'mport tried the charge (see paymentStatus). REVOKED: unscheduled before it ran. UNKNOWN: a state korbill does not know yet. */
export type ScheduleStatus = "EXECUTED" | "REVOKED" | "SCHEDULED" | "UNKNOWN";

/** Only schedules in this state. */
export type ScheduleStatusFilter = "EXECUTED" | "REVOKED" | "SCHEDULED";

export type Subscription = {
  __typename?: "Subscription";
  /** Live cash-receipt events: BULKRESULT per receipt of a bulk, ISSUED, then NTS_FILED / NTS_FAILED. Pass `after` (the last cursor you received) to get what you missed first; filter by `submitId` and `types`. */
  cashbillEvents: CashbillEvent;
  /** Ticks every `intervalMs` (100-60000 ms), `count` times or forever. */
  clock: ClockTick;
  /** Live crawl-job events of the member: REQUESTED, PROGRESS, then COMPLETED or FAILED, and EXPIRED after the hour. Pass `after` (the last cursor you received) to get what you missed first; pass `jobId` for one job (NOT_FOUND unless it is the member's). */
  hometaxJobEvents: HometaxJobEvent;
  /** Verified payment outcomes of your member business: PAID, FAILED, CANCELLED, SCHEDULED_EXECUTED, each once. Pass `after` (the last cursor you received) to get what you missed first; `customerUid` narrows to one billing key. */
  paymentEvents: PaymentEvent;
  /** Balance changes korbill causes or observes, and LOW_BALANCE alerts. Pass `after` (a cursor) to replay what you missed first. */
  pointsEvents: PointsEvent;
};

export type SubscriptionCashbillEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  submitId?: InputMaybe<Scalars["String"]["input"]>;
  types?: InputMaybe<Array<CashbillEventType>>;
};

export type SubscriptionClockArgs = {
  count?: InputMaybe<Scalars["Int"]["input"]>;
  intervalMs?: Scalars["Int"]["input"];
};

export type SubscriptionHometaxJobEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  jobId?: InputMaybe<Scalars["String"]["input"]>;
};

export type SubscriptionPaymentEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  customerUid?: InputMaybe<Scalars["String"]["input"]>;
};

export type SubscriptionPointsEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
};

/** Whether the sale is subject to VAT. */
export type TaxationType =
  /** Subject to VAT (과세). */
  | "TAXABLE"
  /** Exempt from VAT (비과세); tax must be 0. */
  | "TAX_FREE";

/** MEMBER keys act for their own member businesses; PARTNER keys for any member of the partner. */
export type TenantKind = "MEMBER" | "PARTNER";

/** Deduction category of the sale. */
export type TradeOption =
  /** Books and performances (도서공연). */
  | "BOOKS_PERFORMANCES"
  /** Ordinary goods and services (일반). */
  | "GENERAL"
  /** Public transport (대중교통). */
  | "PUBLIC_TRANSPORT";

/** Whether a cash receipt records a sale or cancels an earlier receipt. */
export type TradeType =
  /** A sale (승인거래). */
  | "APPROVAL"
  /** Cancels an earlier receipt (취소거래); needs orgConfirmNum and orgTradeDate. */
  | "CANCEL";

/** What the buyer uses the receipt for. */
export type TradeUsage =
  /** A business's proof of expense (지출증빙용). Identity: business registration number, card number or mobile number. */
  | "EXPENSE_PROOF"
  /** An individual's income-tax deduction (소득공제용). Identity: mobile number, resident registration number or cash-receipt card. */
  | "INCOME_DEDUCTION";

/** The price of issuing one cash receipt, in POPBiLL points (1 point = 1 KRW). */
export type UnitCost = {
  __typename?: "UnitCost";
  /** Points per receipt (may be fractional); null if POPBiLL sent no number. */
  unitCost?: Maybe<Scalars["Float"]["output"]>;
};

/** The API key in use and what it may act for. */
export type Viewer = {
  __typename?: "Viewer";
  /** Member businesses (10-digit CorpNums) this key acts for by default; the first is used when `corpNum` is omitted. */
  corpNums: Array<Scalars["String"]["output"]>;
  /** The API key's id (never the secret). */
  keyId: Scalars["String"]["output"];
  kind: TenantKind;
  /** local, test or production. */
  stage: Scalars["String"]["output"];
  /** The name given to the key when it was created. */
  tenant: Scalars["String"]["output"];
};

export type IssueBillingKeyMutationVariables = Exact<{
  customerUid: Scalars["String"]["input"];
  card: CardInput;
  customer?: InputMaybe<CustomerInput>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type IssueBillingKeyMutation = {
  __typename?: "Mutation";
  issueBillingKey: {
    __typename?: "BillingKey";
    customerUid: string;
    cardName?: string | null;
    cardNumber?: string | null;
    cardCode?: string | null;
    issuer?: string | null;
    pgProvider?: string | null;
    insertedAt?: string | null;
    updatedAt?: string | null;
    replaced: boolean;
    replacementCount: number;
  };
};

export type ChargeBillingKeyMutationVariables = Exact<{
  customerUid: Scalars["String"]["input"];
  merchantUid: Scalars["String"]["input"];
  amount: Scalars["Int"]["input"];
  name: Scalars["String"]["input"];
  taxFree?: InputMaybe<Scalars["Int"]["input"]>;
  customData?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ChargeBillingKeyMutation = {
  __typename?: "Mutation";
  chargeBillingKey: {
    __typename?: "Payment";
    impUid: string;
    merchantUid: string;
    customerUid?: string | null;
    amount: number;
    cancelAmount: number;
    currency: string;
    status: PaymentStatus;
    paidAt?: string | null;
    failedAt?: string | null;
    failReason?: string | null;
    cardName?: string | null;
    cardNumber?: string | null;
    receiptUrl?: string | null;
  };
};

export type PaymentEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars["String"]["input"]>;
  customerUid?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PaymentEventsSubscription = {
  __typename?: "Subscription";
  paymentEvents: {
    __typename?: "PaymentEvent";
    cursor: string;
    type: PaymentEventType;
    status: PaymentStatus;
    impUid: string;
    merchantUid: string;
    customerUid?: string | null;
    amount: number;
    cancelAmount: number;
    failReason?: string | null;
    at: string;
  };
};

export type BulkSubmissionsQueryVariables = Exact<{
  from: Scalars["String"]["input"];
  to: Scalars["String"]["input"];
  state?: InputMaybe<BulkState>;
  failuresOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type BulkSubmissionsQuery = {
  __typename?: "Query";
  bulkSubmissions: {
    __typename?: "BulkSubmissionPage";
    endCursor?: string | null;
    hasNextPage: boolean;
    nodes: Array<{
      __typename?: "BulkSubmission";
      submitId: string;
      state: BulkState;
      submitCount: number;
      successCount: number;
      failCount: number;
      filedCount: number;
      filingFailedCount: number;
      submittedAt?: string | null;
      completedAt?: string | null;
      error?: string | null;
    }>;
  };
};

export type BulkDaySummaryQueryVariables = Exact<{
  date: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type BulkDaySummaryQuery = {
  __typename?: "Query";
  bulkDaySummary: {
    __typename?: "BulkDaySummary";
    date: string;
    corpNum: string;
    submissions: number;
    receipts: number;
    issued: number;
    refused: number;
    pending: number;
    filed: number;
    filingFailed: number;
    cancellations: number;
    unitCost?: number | null;
    pointsSpent?: number | null;
    submissionsByState: {
      __typename?: "BulkStateCounts";
      RECORDED: number;
      SUBMITTED: number;
      RECONCILING: number;
      PROCESSING: number;
      COMPLETED: number;
      FAILED: number;
    };
    amounts: {
      __typename?: "AmountTotals";
      supplyCost: number;
      tax: number;
      serviceFee: number;
      totalAmount: number;
    };
  };
};

export type CashbillPageUrlQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  page: CashbillPage;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillPageUrlQuery = {
  __typename?: "Query";
  cashbillPageUrl: { __typename?: "CashbillPageUrl"; url: string; expiresAt: string };
};

export type CashbillMassPrintUrlQueryVariables = Exact<{
  mgtKeys: Array<Scalars["String"]["input"]> | Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillMassPrintUrlQuery = {
  __typename?: "Query";
  cashbillMassPrintUrl: { __typename?: "CashbillPageUrl"; url: string; expiresAt: string };
};

export type ResendCashbillEmailMutationVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  receiver: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ResendCashbillEmailMutation = { __typename?: "Mutation"; resendCashbillEmail: boolean };

export type ResendCashbillSmsMutationVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  sender: Scalars["String"]["input"];
  receiver: Scalars["String"]["input"];
  contents: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ResendCashbillSmsMutation = { __typename?: "Mutation"; resendCashbillSms: boolean };

export type CashbillContactQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillContactQuery = {
  __typename?: "Query";
  cashbill?: {
    __typename?: "Cashbill";
    mgtKey?: string | null;
    email?: string | null;
    hp?: string | null;
  } | null;
};

export type CashbillLogsQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillLogsQuery = {
  __typename?: "Query";
  cashbillLogs: Array<{
    __typename?: "CashbillLog";
    docLogType: number;
    log?: string | null;
    procType?: string | null;
    procMemo?: string | null;
    at?: string | null;
  }>;
};

export type CashbillPdfQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillPdfQuery = {
  __typename?: "Query";
  cashbillPdf: {
    __typename?: "CashbillPdf";
    fileName: string;
    contentType: string;
    size: number;
    base64: string;
  };
};

export type CashbillDetailQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillDetailQuery = {
  __typename?: "Query";
  cashbillDetail: {
    __typename?: "CashbillDetail";
    mgtKey: string;
    franchiseCorpNum?: string | null;
    franchiseCorpName?: string | null;
    franchiseCeoName?: string | null;
    franchiseAddr?: string | null;
    franchiseTel?: string | null;
    fax?: string | null;
    smsSend: boolean;
    faxSend: boolean;
    emailSubject?: string | null;
    cancelType?: number | null;
  };
};

export type IssueCashbillMutationVariables = Exact<{
  input: CashbillInput;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type IssueCashbillMutation = {
  __typename?: "Mutation";
  issueCashbill: {
    __typename?: "IssueResult";
    mgtKey: string;
    confirmNum?: string | null;
    tradeDate?: string | null;
    tradeAt?: string | null;
  };
};

export type BulkIssueCashbillsMutationVariables = Exact<{
  submitId: Scalars["String"]["input"];
  cashbills: Array<CashbillInput> | CashbillInput;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type BulkIssueCashbillsMutation = {
  __typename?: "Mutation";
  bulkIssueCashbills: {
    __typename?: "BulkSubmission";
    submitId: string;
    state: BulkState;
    submitCount: number;
    successCount: number;
    failCount: number;
    receiptId?: string | null;
    submittedAt?: string | null;
  };
};

export type BulkSubmissionQueryVariables = Exact<{
  submitId: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type BulkSubmissionQuery = {
  __typename?: "Query";
  bulkSubmission: {
    __typename?: "BulkSubmission";
    submitId: string;
    state: BulkState;
    txState: number;
    submitCount: number;
    successCount: number;
    failCount: number;
    filedCount: number;
    filingFailedCount: number;
    receiptId?: string | null;
    submittedAt?: string | null;
    completedAt?: string | null;
    error?: string | null;
    results?: Array<{
      __typename?: "BulkReceiptResult";
      mgtKey: string;
      success: boolean;
      code: number;
      message?: string | null;
      confirmNum?: string | null;
      tradeDate?: string | null;
      issuedAt?: string | null;
      ntsState?: CashbillState | null;
      ntsResultCode?: string | null;
    }> | null;
  };
};

export type CashbillEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars["String"]["input"]>;
  submitId?: InputMaybe<Scalars["String"]["input"]>;
  types?: InputMaybe<Array<CashbillEventType> | CashbillEventType>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillEventsSubscription = {
  __typename?: "Subscription";
  cashbillEvents: {
    __typename?: "CashbillEvent";
    cursor: string;
    type: CashbillEventType;
    at: string;
    corpNum?: string | null;
    submitId?: string | null;
    mgtKey?: string | null;
    success?: boolean | null;
    code?: number | null;
    message?: string | null;
    confirmNum?: string | null;
    tradeDate?: string | null;
    ntsResultCode?: string | null;
    ntsResultMessage?: string | null;
  };
};

export type CashbillQueryVariables = Exact<{
  mgtKey: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillQuery = {
  __typename?: "Query";
  cashbill?: {
    __typename?: "Cashbill";
    mgtKey?: string | null;
    state: CashbillState;
    confirmNum?: string | null;
    tradeDate?: string | null;
  } | null;
};

export type CashbillCostQueryVariables = Exact<{
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CashbillCostQuery = {
  __typename?: "Query";
  cashbillUnitCost: { __typename?: "UnitCost"; unitCost?: number | null };
  points: { __typename?: "Points"; corpNum: string; balance: number };
};

export type ClockSubscriptionVariables = Exact<{
  count?: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type ClockSubscription = {
  __typename?: "Subscription";
  clock: { __typename?: "ClockTick"; now: string; seq: number };
};

export type RequestHometaxJobMutationVariables = Exact<{
  input: HometaxJobRequestInput;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type RequestHometaxJobMutation = {
  __typename?: "Mutation";
  requestHometaxJob: {
    __typename?: "HometaxJob";
    jobId: string;
    service: HometaxService;
    status: HometaxJobStatus;
    jobState?: HometaxJobState | null;
    direction?: HometaxDirection | null;
    dateType?: HometaxDateType | null;
    from?: string | null;
    to?: string | null;
    requestedAt?: string | null;
    expiresAt?: string | null;
  };
};

export type HometaxJobEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars["String"]["input"]>;
  jobId?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxJobEventsSubscription = {
  __typename?: "Subscription";
  hometaxJobEvents: {
    __typename?: "HometaxJobEvent";
    cursor: string;
    type: HometaxJobEventType;
    jobId: string;
    service: HometaxService;
    status: HometaxJobStatus;
    jobState?: HometaxJobState | null;
    collectCount: number;
    errorCode?: number | null;
    errorReason?: string | null;
    at: string;
  };
};

export type HometaxReadinessQueryVariables = Exact<{
  service: HometaxService;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxReadinessQuery = {
  __typename?: "Query";
  hometaxReadiness: {
    __typename?: "HometaxReadiness";
    service: HometaxService;
    status: HometaxReadinessStatus;
    method?: HometaxAuthMethod | null;
    advice: string;
    flatRateActive?: boolean | null;
    certificateExpiresAt?: string | null;
    certificateDaysLeft?: number | null;
    problemCode?: number | null;
    problemMessage?: string | null;
    checkedAt: string;
  };
};

export type HometaxFlatRateQueryVariables = Exact<{
  service: HometaxService;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxFlatRateQuery = {
  __typename?: "Query";
  hometaxFlatRate: {
    __typename?: "HometaxFlatRate";
    service: HometaxService;
    corpNum: string;
    active: boolean;
    state?: number | null;
    contractedAt?: string | null;
    useEndDate?: string | null;
    closeRequested?: boolean | null;
    useRestricted?: boolean | null;
    unpaid?: boolean | null;
    problemCode?: number | null;
    problemMessage?: string | null;
  };
};

export type HometaxFlatRatePopupUrlQueryVariables = Exact<{
  service: HometaxService;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxFlatRatePopupUrlQuery = {
  __typename?: "Query";
  hometaxFlatRatePopupUrl: { __typename?: "HometaxPopupUrl"; url: string; expiresAt: string };
};

export type HometaxTaxinvoiceDetailQueryVariables = Exact<{
  ntsConfirmNum: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxTaxinvoiceDetailQuery = {
  __typename?: "Query";
  hometaxTaxinvoiceDetail: {
    __typename?: "HometaxTaxinvoiceDetail";
    ntsConfirmNum?: string | null;
    writeDate?: string | null;
    issuedAt?: string | null;
    taxType?: HometaxTaxType | null;
    purposeType?: HometaxPurposeType | null;
    modifyCode?: number | null;
    orgNtsConfirmNum?: string | null;
    supplyCostTotal?: number | null;
    taxTotal?: number | null;
    totalAmount?: number | null;
    remarks: Array<string>;
    invoicer: {
      __typename?: "HometaxTaxinvoiceParty";
      corpNum?: string | null;
      taxRegId?: string | null;
      corpName?: string | null;
      ceoName?: string | null;
      email?: string | null;
    };
    invoicee: {
      __typename?: "HometaxTaxinvoiceParty";
      corpNum?: string | null;
      taxRegId?: string | null;
      corpName?: string | null;
      ceoName?: string | null;
      email?: string | null;
      email2?: string | null;
      type?: string | null;
    };
    trustee?: {
      __typename?: "HometaxTaxinvoiceParty";
      corpNum?: string | null;
      corpName?: string | null;
    } | null;
    items: Array<{
      __typename?: "HometaxTaxinvoiceItem";
      serialNum?: number | null;
      purchaseDate?: string | null;
      itemName?: string | null;
      spec?: string | null;
      qty?: string | null;
      unitCost?: string | null;
      supplyCost?: number | null;
      tax?: number | null;
      remark?: string | null;
    }>;
  };
};

export type HometaxTaxinvoiceXmlQueryVariables = Exact<{
  ntsConfirmNum: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxTaxinvoiceXmlQuery = { __typename?: "Query"; hometaxTaxinvoiceXml: string };

export type HometaxTaxinvoiceUrlsQueryVariables = Exact<{
  ntsConfirmNum: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type HometaxTaxinvoiceUrlsQuery = {
  __typename?: "Query";
  view: { __typename?: "HometaxPopupUrl"; url: string; expiresAt: string };
  print: { __typename?: "HometaxPopupUrl"; url: string; expiresAt: string };
};

export type PointsBalanceQueryVariables = Exact<{
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PointsBalanceQuery = {
  __typename?: "Query";
  points: { __typename?: "Points"; corpNum: string; balance: number; lowBalanceThreshold: number };
};

export type PointsEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars["String"]["input"]>;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PointsEventsSubscription = {
  __typename?: "Subscription";
  pointsEvents: {
    __typename?: "PointsEvent";
    cursor: string;
    type: PointsEventType;
    corpNum: string;
    balance: number;
    previousBalance?: number | null;
    delta?: number | null;
    threshold?: number | null;
    at: string;
  };
};

export type PopbillAccessUrlQueryVariables = Exact<{
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PopbillAccessUrlQuery = {
  __typename?: "Query";
  points: {
    __typename?: "Points";
    accessUrl: { __typename?: "PointsPageUrl"; url: string; expiresAt: string };
  };
};

export type PopbillPageUrlQueryVariables = Exact<{
  page: PopbillPage;
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PopbillPageUrlQuery = {
  __typename?: "Query";
  points: {
    __typename?: "Points";
    popbillUrl: { __typename?: "PointsPageUrl"; url: string; expiresAt: string };
  };
};

export type MemberContactQueryVariables = Exact<{
  id: Scalars["String"]["input"];
  corpNum?: InputMaybe<Scalars["String"]["input"]>;
  userId?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type MemberContactQuery = {
  __typename?: "Query";
  memberContact: {
    __typename?: "MemberContact";
    id?: string | null;
    name?: string | null;
    email?: string | null;
    tel?: string | null;
    role: MemberContactRole;
    admin?: boolean | null;
    state?: string | null;
    registeredAt?: string | null;
  };
};

export type DeleteMemberContactMutationVariables = Exact<{
  id: Scalars["String"]["input"];
  corpNum: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type DeleteMemberContactMutation = {
  __typename?: "Mutation";
  deleteMemberContact: {
    __typename?: "MemberOperationResult";
    success: boolean;
    code: number;
    message?: string | null;
  };
};

export type QuitPopbillMemberMutationVariables = Exact<{
  corpNum: Scalars["String"]["input"];
  reason: Scalars["String"]["input"];
  userId?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type QuitPopbillMemberMutation = {
  __typename?: "Mutation";
  quitPopbillMember: {
    __typename?: "MemberOperationResult";
    success: boolean;
    code: number;
    message?: string | null;
  };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  __typename?: "Query";
  viewer: {
    __typename?: "Viewer";
    keyId: string;
    tenant: string;
    kind: TenantKind;
    corpNums: Array<string>;
    stage: string;
  };
};

export const IssueBillingKeyDocument = {
  __meta__: { hash: "6dfc55e11cfbad18cb67f8c6388b488ea8907f3372c9c93df0355a3f46fc80ad" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IssueBillingKey" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "card" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CardInput" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "customer" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "CustomerInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "issueBillingKey" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "customerUid" },
                value: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "card" },
                value: { kind: "Variable", name: { kind: "Name", value: "card" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "customer" },
                value: { kind: "Variable", name: { kind: "Name", value: "customer" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "customerUid" } },
                { kind: "Field", name: { kind: "Name", value: "cardName" } },
                { kind: "Field", name: { kind: "Name", value: "cardNumber" } },
                { kind: "Field", name: { kind: "Name", value: "cardCode" } },
                { kind: "Field", name: { kind: "Name", value: "issuer" } },
                { kind: "Field", name: { kind: "Name", value: "pgProvider" } },
                { kind: "Field", name: { kind: "Name", value: "insertedAt" } },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
                { kind: "Field", name: { kind: "Name", value: "replaced" } },
                { kind: "Field", name: { kind: "Name", value: "replacementCount" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueBillingKeyMutation, IssueBillingKeyMutationVariables>;
export const ChargeBillingKeyDocument = {
  __meta__: { hash: "b4715ea06f59fda9bbd039d748b1d8374e8131b5d1026348e17a8ca1711e709f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ChargeBillingKey" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "merchantUid" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "amount" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "name" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "taxFree" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "customData" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "chargeBillingKey" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "customerUid" },
                value: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "merchantUid" },
                value: { kind: "Variable", name: { kind: "Name", value: "merchantUid" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "amount" },
                value: { kind: "Variable", name: { kind: "Name", value: "amount" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "name" },
                value: { kind: "Variable", name: { kind: "Name", value: "name" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "taxFree" },
                value: { kind: "Variable", name: { kind: "Name", value: "taxFree" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "customData" },
                value: { kind: "Variable", name: { kind: "Name", value: "customData" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "impUid" } },
                { kind: "Field", name: { kind: "Name", value: "merchantUid" } },
                { kind: "Field", name: { kind: "Name", value: "customerUid" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "cancelAmount" } },
                { kind: "Field", name: { kind: "Name", value: "currency" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "paidAt" } },
                { kind: "Field", name: { kind: "Name", value: "failedAt" } },
                { kind: "Field", name: { kind: "Name", value: "failReason" } },
                { kind: "Field", name: { kind: "Name", value: "cardName" } },
                { kind: "Field", name: { kind: "Name", value: "cardNumber" } },
                { kind: "Field", name: { kind: "Name", value: "receiptUrl" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChargeBillingKeyMutation, ChargeBillingKeyMutationVariables>;
export const PaymentEventsDocument = {
  __meta__: { hash: "b0341b1cad3b54810f3cfe0f4a0415e0c1a8696879d622f88a1332064b9ba7b7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "PaymentEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paymentEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "customerUid" },
                value: { kind: "Variable", name: { kind: "Name", value: "customerUid" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cursor" } },
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "impUid" } },
                { kind: "Field", name: { kind: "Name", value: "merchantUid" } },
                { kind: "Field", name: { kind: "Name", value: "customerUid" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "cancelAmount" } },
                { kind: "Field", name: { kind: "Name", value: "failReason" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentEventsSubscription, PaymentEventsSubscriptionVariables>;
export const BulkSubmissionsDocument = {
  __meta__: { hash: "88c7ccfc19cefd40ee7e7cb68f077c234a5c6c086494e2035fbc522057fff430" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BulkSubmissions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "state" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "BulkState" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "failuresOnly" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bulkSubmissions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "state" },
                value: { kind: "Variable", name: { kind: "Name", value: "state" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "failuresOnly" },
                value: { kind: "Variable", name: { kind: "Name", value: "failuresOnly" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "submitId" } },
                      { kind: "Field", name: { kind: "Name", value: "state" } },
                      { kind: "Field", name: { kind: "Name", value: "submitCount" } },
                      { kind: "Field", name: { kind: "Name", value: "successCount" } },
                      { kind: "Field", name: { kind: "Name", value: "failCount" } },
                      { kind: "Field", name: { kind: "Name", value: "filedCount" } },
                      { kind: "Field", name: { kind: "Name", value: "filingFailedCount" } },
                      { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "completedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "error" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkSubmissionsQuery, BulkSubmissionsQueryVariables>;
export const BulkDaySummaryDocument = {
  __meta__: { hash: "4260622c8b3a6f500c78a9feda55706497f8d7b1692fb8946ff2b1adf11c8a64" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BulkDaySummary" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "date" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bulkDaySummary" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "date" },
                value: { kind: "Variable", name: { kind: "Name", value: "date" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "date" } },
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "submissions" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submissionsByState" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "RECORDED" } },
                      { kind: "Field", name: { kind: "Name", value: "SUBMITTED" } },
                      { kind: "Field", name: { kind: "Name", value: "RECONCILING" } },
                      { kind: "Field", name: { kind: "Name", value: "PROCESSING" } },
                      { kind: "Field", name: { kind: "Name", value: "COMPLETED" } },
                      { kind: "Field", name: { kind: "Name", value: "FAILED" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "receipts" } },
                { kind: "Field", name: { kind: "Name", value: "issued" } },
                { kind: "Field", name: { kind: "Name", value: "refused" } },
                { kind: "Field", name: { kind: "Name", value: "pending" } },
                { kind: "Field", name: { kind: "Name", value: "filed" } },
                { kind: "Field", name: { kind: "Name", value: "filingFailed" } },
                { kind: "Field", name: { kind: "Name", value: "cancellations" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amounts" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "supplyCost" } },
                      { kind: "Field", name: { kind: "Name", value: "tax" } },
                      { kind: "Field", name: { kind: "Name", value: "serviceFee" } },
                      { kind: "Field", name: { kind: "Name", value: "totalAmount" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "unitCost" } },
                { kind: "Field", name: { kind: "Name", value: "pointsSpent" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkDaySummaryQuery, BulkDaySummaryQueryVariables>;
export const CashbillPageUrlDocument = {
  __meta__: { hash: "2ff12717b296a4f257aaa7a968a6250c9cb363bd9ae230f90c22fa0b24cacbcd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillPageUrl" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "page" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CashbillPage" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillPageUrl" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "page" },
                value: { kind: "Variable", name: { kind: "Name", value: "page" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillPageUrlQuery, CashbillPageUrlQueryVariables>;
export const CashbillMassPrintUrlDocument = {
  __meta__: { hash: "8c1e25567159fc164354b9c4b50e2a16f9f75fb05e6f71b2fc2825ac3c8b9333" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillMassPrintUrl" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKeys" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
              },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillMassPrintUrl" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKeys" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKeys" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillMassPrintUrlQuery, CashbillMassPrintUrlQueryVariables>;
export const ResendCashbillEmailDocument = {
  __meta__: { hash: "24f1cca2489b4d555e673063a5c564d25b13fa4a9c8223d34a92057dad04ed63" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ResendCashbillEmail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "receiver" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "resendCashbillEmail" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "receiver" },
                value: { kind: "Variable", name: { kind: "Name", value: "receiver" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendCashbillEmailMutation, ResendCashbillEmailMutationVariables>;
export const ResendCashbillSmsDocument = {
  __meta__: { hash: "030b3953e8335c2d3ee0618e950a512a2617c0a67d64cc102cb1028d39f1bab2" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ResendCashbillSms" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sender" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "receiver" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "contents" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "resendCashbillSms" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sender" },
                value: { kind: "Variable", name: { kind: "Name", value: "sender" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "receiver" },
                value: { kind: "Variable", name: { kind: "Name", value: "receiver" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "contents" },
                value: { kind: "Variable", name: { kind: "Name", value: "contents" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendCashbillSmsMutation, ResendCashbillSmsMutationVariables>;
export const CashbillContactDocument = {
  __meta__: { hash: "aeee9446dd610b171aef46fcce021959147b775f02d3e772bc7c8c5f9db21d8f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbill" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "hp" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillContactQuery, CashbillContactQueryVariables>;
export const CashbillLogsDocument = {
  __meta__: { hash: "a06e6ddabc22f77db897e1b1e1f4fa9995a805d3b0d3afc93e418c24baac5c08" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillLogs" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillLogs" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "docLogType" } },
                { kind: "Field", name: { kind: "Name", value: "log" } },
                { kind: "Field", name: { kind: "Name", value: "procType" } },
                { kind: "Field", name: { kind: "Name", value: "procMemo" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillLogsQuery, CashbillLogsQueryVariables>;
export const CashbillPdfDocument = {
  __meta__: { hash: "8f9a0a3d50dbc0188a15aa99b5e98a0dc8eb877de546908e53af1d644e958077" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillPdf" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillPdf" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "fileName" } },
                { kind: "Field", name: { kind: "Name", value: "contentType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "base64" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillPdfQuery, CashbillPdfQueryVariables>;
export const CashbillDetailDocument = {
  __meta__: { hash: "821324334292a9aaaad98d8071eb454f6f3c77e4f938ed68d7c99c177ccf27c7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillDetail" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                { kind: "Field", name: { kind: "Name", value: "franchiseCorpNum" } },
                { kind: "Field", name: { kind: "Name", value: "franchiseCorpName" } },
                { kind: "Field", name: { kind: "Name", value: "franchiseCeoName" } },
                { kind: "Field", name: { kind: "Name", value: "franchiseAddr" } },
                { kind: "Field", name: { kind: "Name", value: "franchiseTel" } },
                { kind: "Field", name: { kind: "Name", value: "fax" } },
                { kind: "Field", name: { kind: "Name", value: "smsSend" } },
                { kind: "Field", name: { kind: "Name", value: "faxSend" } },
                { kind: "Field", name: { kind: "Name", value: "emailSubject" } },
                { kind: "Field", name: { kind: "Name", value: "cancelType" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillDetailQuery, CashbillDetailQueryVariables>;
export const IssueCashbillDocument = {
  __meta__: { hash: "577a0512e31b6c25d78e52ce9ba187ceb946c350a49a4c4df22b8cc07f685b99" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IssueCashbill" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CashbillInput" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "issueCashbill" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                { kind: "Field", name: { kind: "Name", value: "confirmNum" } },
                { kind: "Field", name: { kind: "Name", value: "tradeDate" } },
                { kind: "Field", name: { kind: "Name", value: "tradeAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueCashbillMutation, IssueCashbillMutationVariables>;
export const BulkIssueCashbillsDocument = {
  __meta__: { hash: "6f97cdae0a17ecbebe5977a948a76cf7fcad9fc20a8954a29d5dd04aa745b80c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "BulkIssueCashbills" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cashbills" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CashbillInput" } },
              },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bulkIssueCashbills" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "submitId" },
                value: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "cashbills" },
                value: { kind: "Variable", name: { kind: "Name", value: "cashbills" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "submitId" } },
                { kind: "Field", name: { kind: "Name", value: "state" } },
                { kind: "Field", name: { kind: "Name", value: "submitCount" } },
                { kind: "Field", name: { kind: "Name", value: "successCount" } },
                { kind: "Field", name: { kind: "Name", value: "failCount" } },
                { kind: "Field", name: { kind: "Name", value: "receiptId" } },
                { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueCashbillsMutation, BulkIssueCashbillsMutationVariables>;
export const BulkSubmissionDocument = {
  __meta__: { hash: "25f50d1ac68440a41a7e25e48030d8ebe3647b6f07dbc7a964fb4a975c9b8b53" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BulkSubmission" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bulkSubmission" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "submitId" },
                value: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "submitId" } },
                { kind: "Field", name: { kind: "Name", value: "state" } },
                { kind: "Field", name: { kind: "Name", value: "txState" } },
                { kind: "Field", name: { kind: "Name", value: "submitCount" } },
                { kind: "Field", name: { kind: "Name", value: "successCount" } },
                { kind: "Field", name: { kind: "Name", value: "failCount" } },
                { kind: "Field", name: { kind: "Name", value: "filedCount" } },
                { kind: "Field", name: { kind: "Name", value: "filingFailedCount" } },
                { kind: "Field", name: { kind: "Name", value: "receiptId" } },
                { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
                { kind: "Field", name: { kind: "Name", value: "completedAt" } },
                { kind: "Field", name: { kind: "Name", value: "error" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "results" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                      { kind: "Field", name: { kind: "Name", value: "success" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "confirmNum" } },
                      { kind: "Field", name: { kind: "Name", value: "tradeDate" } },
                      { kind: "Field", name: { kind: "Name", value: "issuedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "ntsState" } },
                      { kind: "Field", name: { kind: "Name", value: "ntsResultCode" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkSubmissionQuery, BulkSubmissionQueryVariables>;
export const CashbillEventsDocument = {
  __meta__: { hash: "0cddb11be495a371dc182000fb32703c89fda7686258c56b852ae889cc0aae16" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "CashbillEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "types" } },
          type: {
            kind: "ListType",
            type: {
              kind: "NonNullType",
              type: { kind: "NamedType", name: { kind: "Name", value: "CashbillEventType" } },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "submitId" },
                value: { kind: "Variable", name: { kind: "Name", value: "submitId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "types" },
                value: { kind: "Variable", name: { kind: "Name", value: "types" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cursor" } },
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "submitId" } },
                { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                { kind: "Field", name: { kind: "Name", value: "success" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "confirmNum" } },
                { kind: "Field", name: { kind: "Name", value: "tradeDate" } },
                { kind: "Field", name: { kind: "Name", value: "ntsResultCode" } },
                { kind: "Field", name: { kind: "Name", value: "ntsResultMessage" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillEventsSubscription, CashbillEventsSubscriptionVariables>;
export const CashbillDocument = {
  __meta__: { hash: "c9597af0f14f25dc72d9996d3a06ab6fab376bedf06bd3d2ab45c2930cb57820" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cashbill" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbill" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "mgtKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "mgtKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "mgtKey" } },
                { kind: "Field", name: { kind: "Name", value: "state" } },
                { kind: "Field", name: { kind: "Name", value: "confirmNum" } },
                { kind: "Field", name: { kind: "Name", value: "tradeDate" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillQuery, CashbillQueryVariables>;
export const CashbillCostDocument = {
  __meta__: { hash: "a108530f87490789fb91c2873fa7304faf996e31be6b8114f514e93339fac548" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashbillCost" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashbillUnitCost" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "unitCost" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "points" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashbillCostQuery, CashbillCostQueryVariables>;
export const ClockDocument = {
  __meta__: { hash: "d60c467310ec02d44952a57c553f1a9a60bdd079094c3a165e64a89b725385bf" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "Clock" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "count" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "clock" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "count" },
                value: { kind: "Variable", name: { kind: "Name", value: "count" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "intervalMs" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "now" } },
                { kind: "Field", name: { kind: "Name", value: "seq" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClockSubscription, ClockSubscriptionVariables>;
export const RequestHometaxJobDocument = {
  __meta__: { hash: "19e90f2ba93acb77f69399a981cc2dffea9fc433897cc2b2540010c5c5ff6169" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RequestHometaxJob" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "HometaxJobRequestInput" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "requestHometaxJob" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "jobId" } },
                { kind: "Field", name: { kind: "Name", value: "service" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "jobState" } },
                { kind: "Field", name: { kind: "Name", value: "direction" } },
                { kind: "Field", name: { kind: "Name", value: "dateType" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "requestedAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestHometaxJobMutation, RequestHometaxJobMutationVariables>;
export const HometaxJobEventsDocument = {
  __meta__: { hash: "bc0d5d61b5e10b6ed5364673e5915bb6f9e8a0f12468387cf9ba71a60a6e32b2" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "HometaxJobEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "jobId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxJobEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "jobId" },
                value: { kind: "Variable", name: { kind: "Name", value: "jobId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cursor" } },
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "jobId" } },
                { kind: "Field", name: { kind: "Name", value: "service" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "jobState" } },
                { kind: "Field", name: { kind: "Name", value: "collectCount" } },
                { kind: "Field", name: { kind: "Name", value: "errorCode" } },
                { kind: "Field", name: { kind: "Name", value: "errorReason" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxJobEventsSubscription, HometaxJobEventsSubscriptionVariables>;
export const HometaxReadinessDocument = {
  __meta__: { hash: "93b9d53c1b3c494d6e320e9320412fdc294a7f25772bd40436bc79993ea6c0a7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxReadiness" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "service" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "HometaxService" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxReadiness" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "service" },
                value: { kind: "Variable", name: { kind: "Name", value: "service" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "service" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "method" } },
                { kind: "Field", name: { kind: "Name", value: "advice" } },
                { kind: "Field", name: { kind: "Name", value: "flatRateActive" } },
                { kind: "Field", name: { kind: "Name", value: "certificateExpiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "certificateDaysLeft" } },
                { kind: "Field", name: { kind: "Name", value: "problemCode" } },
                { kind: "Field", name: { kind: "Name", value: "problemMessage" } },
                { kind: "Field", name: { kind: "Name", value: "checkedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxReadinessQuery, HometaxReadinessQueryVariables>;
export const HometaxFlatRateDocument = {
  __meta__: { hash: "d77567f825252efb8998a646fa437192b213f817c7c988497a6991f2fa5ebcdc" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxFlatRate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "service" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "HometaxService" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxFlatRate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "service" },
                value: { kind: "Variable", name: { kind: "Name", value: "service" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "service" } },
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "state" } },
                { kind: "Field", name: { kind: "Name", value: "contractedAt" } },
                { kind: "Field", name: { kind: "Name", value: "useEndDate" } },
                { kind: "Field", name: { kind: "Name", value: "closeRequested" } },
                { kind: "Field", name: { kind: "Name", value: "useRestricted" } },
                { kind: "Field", name: { kind: "Name", value: "unpaid" } },
                { kind: "Field", name: { kind: "Name", value: "problemCode" } },
                { kind: "Field", name: { kind: "Name", value: "problemMessage" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxFlatRateQuery, HometaxFlatRateQueryVariables>;
export const HometaxFlatRatePopupUrlDocument = {
  __meta__: { hash: "48f9c4d9033df6f306ed2d8785648ced3ae235a931c9a27fcf1cc0bb56baa938" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxFlatRatePopupUrl" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "service" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "HometaxService" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxFlatRatePopupUrl" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "service" },
                value: { kind: "Variable", name: { kind: "Name", value: "service" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxFlatRatePopupUrlQuery, HometaxFlatRatePopupUrlQueryVariables>;
export const HometaxTaxinvoiceDetailDocument = {
  __meta__: { hash: "d1ff04bdf61556f2d979d59953c320a48c31e5e4208b539a797b1e1a84fd1bef" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxTaxinvoiceDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxTaxinvoiceDetail" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ntsConfirmNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "ntsConfirmNum" } },
                { kind: "Field", name: { kind: "Name", value: "writeDate" } },
                { kind: "Field", name: { kind: "Name", value: "issuedAt" } },
                { kind: "Field", name: { kind: "Name", value: "taxType" } },
                { kind: "Field", name: { kind: "Name", value: "purposeType" } },
                { kind: "Field", name: { kind: "Name", value: "modifyCode" } },
                { kind: "Field", name: { kind: "Name", value: "orgNtsConfirmNum" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "invoicer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                      { kind: "Field", name: { kind: "Name", value: "taxRegId" } },
                      { kind: "Field", name: { kind: "Name", value: "corpName" } },
                      { kind: "Field", name: { kind: "Name", value: "ceoName" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "invoicee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                      { kind: "Field", name: { kind: "Name", value: "taxRegId" } },
                      { kind: "Field", name: { kind: "Name", value: "corpName" } },
                      { kind: "Field", name: { kind: "Name", value: "ceoName" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "email2" } },
                      { kind: "Field", name: { kind: "Name", value: "type" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "trustee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                      { kind: "Field", name: { kind: "Name", value: "corpName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "supplyCostTotal" } },
                { kind: "Field", name: { kind: "Name", value: "taxTotal" } },
                { kind: "Field", name: { kind: "Name", value: "totalAmount" } },
                { kind: "Field", name: { kind: "Name", value: "remarks" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "serialNum" } },
                      { kind: "Field", name: { kind: "Name", value: "purchaseDate" } },
                      { kind: "Field", name: { kind: "Name", value: "itemName" } },
                      { kind: "Field", name: { kind: "Name", value: "spec" } },
                      { kind: "Field", name: { kind: "Name", value: "qty" } },
                      { kind: "Field", name: { kind: "Name", value: "unitCost" } },
                      { kind: "Field", name: { kind: "Name", value: "supplyCost" } },
                      { kind: "Field", name: { kind: "Name", value: "tax" } },
                      { kind: "Field", name: { kind: "Name", value: "remark" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxTaxinvoiceDetailQuery, HometaxTaxinvoiceDetailQueryVariables>;
export const HometaxTaxinvoiceXmlDocument = {
  __meta__: { hash: "56afb56926de7e3ec6a9d29a412fd6d85b60a807eeb1982817aab433f14a0923" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxTaxinvoiceXml" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hometaxTaxinvoiceXml" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ntsConfirmNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxTaxinvoiceXmlQuery, HometaxTaxinvoiceXmlQueryVariables>;
export const HometaxTaxinvoiceUrlsDocument = {
  __meta__: { hash: "3ffac3c5cefdafbef6f26475b8a60761ec848d86b780f3761ba446b9d1a88b99" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HometaxTaxinvoiceUrls" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "view" },
            name: { kind: "Name", value: "hometaxTaxinvoiceViewUrl" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ntsConfirmNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "print" },
            name: { kind: "Name", value: "hometaxTaxinvoicePrintUrl" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ntsConfirmNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "ntsConfirmNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HometaxTaxinvoiceUrlsQuery, HometaxTaxinvoiceUrlsQueryVariables>;
export const PointsBalanceDocument = {
  __meta__: { hash: "887a596f7a41c5f705e0e3776a285f874e38c02e93aaf5d844e7855746e8081c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PointsBalance" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "points" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
                { kind: "Field", name: { kind: "Name", value: "lowBalanceThreshold" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsBalanceQuery, PointsBalanceQueryVariables>;
export const PointsEventsDocument = {
  __meta__: { hash: "b821d6a7e9c282d4887f766651ed6bef7caeaa745e33869e087ab7deac13ee62" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "PointsEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "pointsEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cursor" } },
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "corpNum" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
                { kind: "Field", name: { kind: "Name", value: "previousBalance" } },
                { kind: "Field", name: { kind: "Name", value: "delta" } },
                { kind: "Field", name: { kind: "Name", value: "threshold" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsEventsSubscription, PointsEventsSubscriptionVariables>;
export const PopbillAccessUrlDocument = {
  __meta__: { hash: "49ce8cc0e280454f6bbf42187e49ebcfbfb62b2443643a1a638b5098baa6c543" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PopbillAccessUrl" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "points" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessUrl" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PopbillAccessUrlQuery, PopbillAccessUrlQueryVariables>;
export const PopbillPageUrlDocument = {
  __meta__: { hash: "861bca052040e1933964e28a521902e39b88ddc53ea41f3485a4d1b1d5a6679b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PopbillPageUrl" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "page" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PopbillPage" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "points" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "popbillUrl" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "page" },
                      value: { kind: "Variable", name: { kind: "Name", value: "page" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PopbillPageUrlQuery, PopbillPageUrlQueryVariables>;
export const MemberContactDocument = {
  __meta__: { hash: "c20627d320070e61aa895ac52b40e04b6640eab652a5fc91ef0a7e384de3580e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MemberContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "memberContact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "tel" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "admin" } },
                { kind: "Field", name: { kind: "Name", value: "state" } },
                { kind: "Field", name: { kind: "Name", value: "registeredAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberContactQuery, MemberContactQueryVariables>;
export const DeleteMemberContactDocument = {
  __meta__: { hash: "bde2a920ab3b16399192ef9228e3c4501e17a6872d6afbc4c2238a55652d971c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteMemberContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteMemberContact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "success" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteMemberContactMutation, DeleteMemberContactMutationVariables>;
export const QuitPopbillMemberDocument = {
  __meta__: { hash: "e2db2897944d368c212c79186826c79c196af8257e72d60d40a064093feae0e0" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "QuitPopbillMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reason" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "quitPopbillMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "corpNum" },
                value: { kind: "Variable", name: { kind: "Name", value: "corpNum" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reason" },
                value: { kind: "Variable", name: { kind: "Name", value: "reason" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "success" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuitPopbillMemberMutation, QuitPopbillMemberMutationVariables>;
export const ViewerDocument = {
  __meta__: { hash: "0799ae8ad9709a16e91de7885d9e6315dd90e61a529714da5057974e98b93aca" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Viewer" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "keyId" } },
                { kind: "Field", name: { kind: "Name", value: "tenant" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "corpNums" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
