/**
 * The English enums of the billing domain, shared by mapping and the GraphQL schema. Plain
 * TypeScript (no GraphQL import) so scripts can use them; the schema registers them in
 * `graphql/enums.ts`.
 */

/** A payment's state. */
export enum PaymentStatus {
  PAID = "PAID",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  READY = "READY",
  UNKNOWN = "UNKNOWN",
}

/** What a payment event reports. */
export enum PaymentEventType {
  PAID = "PAID",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  SCHEDULED_EXECUTED = "SCHEDULED_EXECUTED",
}

/** A scheduled charge's state. */
export enum ScheduleStatus {
  SCHEDULED = "SCHEDULED",
  EXECUTED = "EXECUTED",
  REVOKED = "REVOKED",
  UNKNOWN = "UNKNOWN",
}

/** Filter values for schedule queries. */
export enum ScheduleStatusFilter {
  SCHEDULED = "SCHEDULED",
  EXECUTED = "EXECUTED",
  REVOKED = "REVOKED",
}
