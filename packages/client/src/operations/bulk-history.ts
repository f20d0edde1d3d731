import { graphql } from "../generated/gql.js";

/**
 * A page of bulk submissions recorded from `from` to `to` (Korea-time days, both included, at
 * most 31), newest first; `failuresOnly` keeps the ones that FAILED or had refused receipts.
 * Pass the page's `endCursor` as `after` for the next page.
 */
export const BulkSubmissionsDocument = graphql(`
  query BulkSubmissions(
    $from: String!
    $to: String!
    $state: BulkState
    $failuresOnly: Boolean
    $first: Int
    $after: String
    $corpNum: String
  ) {
    bulkSubmissions(
      from: $from
      to: $to
      state: $state
      failuresOnly: $failuresOnly
      first: $first
      after: $after
      corpNum: $corpNum
    ) {
      nodes {
        submitId
        state
        submitCount
        successCount
        failCount
        filedCount
        filingFailedCount
        submittedAt
        completedAt
        error
      }
      endCursor
      hasNextPage
    }
  }
`);

/** One Korea-time day's bulk issuance: submissions by state, receipts, amounts, points. */
export const BulkDaySummaryDocument = graphql(`
  query BulkDaySummary($date: String!, $corpNum: String) {
    bulkDaySummary(date: $date, corpNum: $corpNum) {
      date
      corpNum
      submissions
      submissionsByState {
        RECORDED
        SUBMITTED
        RECONCILING
        PROCESSING
        COMPLETED
        FAILED
      }
      receipts
      issued
      refused
      pending
      filed
      filingFailed
      cancellations
      amounts {
        supplyCost
        tax
        serviceFee
        totalAmount
      }
      unitCost
      pointsSpent
    }
  }
`);
