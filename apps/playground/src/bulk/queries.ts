/** The operations of the bulk panel. */
export const BALANCE_QUERY = `query Balance { points { balance } }`;

export const BULK_MUTATION = `mutation BulkIssue($submitId: String!, $cashbills: [CashbillInput!]!) {
  bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) { submitId state submitCount }
}`;

export const EVENTS_SUBSCRIPTION = `subscription CashbillEvents($after: String) {
  cashbillEvents(after: $after) {
    cursor type submitId mgtKey success code message confirmNum ntsResultCode ntsResultMessage
  }
}`;
