import type { GraphiQLProps } from "graphiql";

type TabDefinition = NonNullable<GraphiQLProps["defaultTabs"]>[number];

/** One example of the editor: a named operation, as the README shows it. */
export interface EditorExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const INTRO = `# korbill playground (local stage). Each tab is a named example
# from the README; the demo member key is preset under Headers
# (for HTTP and for subscriptions: edit it there, not only in the
# top bar). Ctrl-Space completes from the schema, Ctrl-Enter runs,
# Docs explains every field, Explorer builds a query by clicking.
`;

/**
 * The README's operations (its "Using it" mutation and subscription, under names), plus a
 * first look at the key and a clock to try subscriptions on. `examples.test.ts` checks that
 * every operation of the README is one of them.
 */
export const EDITOR_EXAMPLES: EditorExample[] = [
  {
    name: "Me",
    query: `${INTRO}
query Me {
  viewer { tenant kind corpNums stage }
  points { corpNum balance }
}
`,
  },
  {
    name: "IssueDayReceipts",
    query: `# Up to 100 receipts under a SubmitID you choose (never reusable: change it
# and the mgtKeys to run this again). Results arrive on DayReceiptEvents.
mutation IssueDayReceipts {
  bulkIssueCashbills(
    submitId: "DAY-20261123-001"
    cashbills: [
      {
        mgtKey: "DAY-001-1"
        tradeType: APPROVAL
        tradeUsage: INCOME_DEDUCTION
        taxationType: TAXABLE
        supplyCost: 10000
        tax: 1000
        serviceFee: 0
        totalAmount: 11000
        identityNum: "01012341234"
      }
    ]
  ) {
    submitId
    state
    submitCount
  }
}
`,
  },
  {
    name: "DayReceiptEvents",
    query: `# One BULKRESULT per receipt, then NTS_FILED / NTS_FAILED. Every event is
# listed below with the time it arrived. Run it before IssueDayReceipts.
subscription DayReceiptEvents {
  cashbillEvents(submitId: "DAY-20261123-001") {
    cursor
    type
    mgtKey
    success
    code
    confirmNum
    ntsResultCode
  }
}
`,
  },
  {
    name: "DaySubmission",
    query: `# A submission's state and per-receipt results, at any time.
query DaySubmission {
  bulkSubmission(submitId: "DAY-20261123-001") {
    submitId
    state
    submitCount
    failCount
    filedCount
    results { mgtKey code message confirmNum }
  }
}
`,
  },
  {
    name: "DayHistory",
    query: `# The day's bulks from korbill's records, newest first (failures only), and the day's totals.
query DayHistory {
  bulkSubmissions(from: "2026-12-07", to: "2026-12-07", failuresOnly: true, first: 50) {
    nodes { submitId state submitCount successCount failCount submittedAt error }
    endCursor
    hasNextPage
  }
  bulkDaySummary(date: "2026-12-07") {
    submissions
    submissionsByState { COMPLETED FAILED PROCESSING }
    receipts issued refused pending filed filingFailed cancellations
    amounts { supplyCost tax serviceFee totalAmount }
    unitCost pointsSpent
  }
}
`,
  },
  {
    name: "Tick",
    query: `# A subscription to try the event list on: a tick every second, 10 times.
subscription Tick {
  clock(count: 10, intervalMs: 1000) { seq now }
}
`,
  },
];

/** The examples as GraphiQL tabs (titled by their operation names), each with `headers`. */
export function exampleTabs(headers: string): TabDefinition[] {
  return EDITOR_EXAMPLES.map((example) => ({
    query: example.query,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
    headers,
  }));
}
