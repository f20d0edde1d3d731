import { graphql } from "../generated/gql.js";

/** Issues one cash receipt now; retrying with the same mgtKey never issues twice. */
export const IssueCashbillDocument = graphql(`
  mutation IssueCashbill($input: CashbillInput!, $corpNum: String) {
    issueCashbill(input: $input, corpNum: $corpNum) {
      mgtKey
      confirmNum
      tradeDate
      tradeAt
    }
  }
`);

/** Submits up to 100 receipts under a SubmitID; results arrive on `cashbillEvents`. */
export const BulkIssueCashbillsDocument = graphql(`
  mutation BulkIssueCashbills($submitId: String!, $cashbills: [CashbillInput!]!, $corpNum: String) {
    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills, corpNum: $corpNum) {
      submitId
      state
      submitCount
      successCount
      failCount
      receiptId
      submittedAt
    }
  }
`);

/** A bulk submission's state, counts and per-receipt results. */
export const BulkSubmissionDocument = graphql(`
  query BulkSubmission($submitId: String!, $corpNum: String) {
    bulkSubmission(submitId: $submitId, corpNum: $corpNum) {
      submitId
      state
      txState
      submitCount
      successCount
      failCount
      filedCount
      filingFailedCount
      receiptId
      submittedAt
      completedAt
      error
      results {
        mgtKey
        success
        code
        message
        confirmNum
        tradeDate
        issuedAt
        ntsState
        ntsResultCode
      }
    }
  }
`);

/** BULKRESULT, ISSUED, NTS_FILED and NTS_FAILED events; resumable (`after`, `cursor`). */
export const CashbillEventsDocument = graphql(`
  subscription CashbillEvents(
    $after: String
    $submitId: String
    $types: [CashbillEventType!]
    $corpNum: String
  ) {
    cashbillEvents(after: $after, submitId: $submitId, types: $types, corpNum: $corpNum) {
      cursor
      type
      at
      corpNum
      submitId
      mgtKey
      success
      code
      message
      confirmNum
      tradeDate
      ntsResultCode
      ntsResultMessage
    }
  }
`);

/** One receipt by your document number (mgtKey), as POPBiLL shows it now; null if unknown. */
export const CashbillDocument = graphql(`
  query Cashbill($mgtKey: String!, $corpNum: String) {
    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {
      mgtKey
      state
      confirmNum
      tradeDate
    }
  }
`);

/** Points charged per cash receipt, and the member's balance: what a bulk import will cost. */
export const CashbillCostDocument = graphql(`
  query CashbillCost($corpNum: String) {
    cashbillUnitCost(corpNum: $corpNum) {
      unitCost
    }
    points(corpNum: $corpNum) {
      corpNum
      balance
    }
  }
`);
