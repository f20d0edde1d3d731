import { registerEnumType } from "type-graphql";

/** A payment's state. */
export enum PaymentStatus {
  PAID = "PAID",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  READY = "READY",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description:
    "PAID: approved (a partial cancel keeps PAID; see cancelAmount). FAILED: declined by the card company (see failReason). " +
    "CANCELLED: fully refunded. READY: not paid yet. UNKNOWN: a state i'mport added that korbill does not know yet.",
});

/** What a payment event reports. */
export enum PaymentEventType {
  PAID = "PAID",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  SCHEDULED_EXECUTED = "SCHEDULED_EXECUTED",
}
registerEnumType(PaymentEventType, {
  name: "PaymentEventType",
  description:
    "PAID: a charge was approved. SCHEDULED_EXECUTED: a scheduled charge ran and was approved. " +
    "FAILED: a charge (scheduled or not) was declined. CANCELLED: a payment was refunded, fully or partly.",
});

/** A scheduled charge's state. */
export enum ScheduleStatus {
  SCHEDULED = "SCHEDULED",
  EXECUTED = "EXECUTED",
  REVOKED = "REVOKED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(ScheduleStatus, {
  name: "ScheduleStatus",
  description:
    "SCHEDULED: waiting for its time. EXECUTED: i'mport tried the charge (see paymentStatus). " +
    "REVOKED: unscheduled before it ran. UNKNOWN: a state korbill does not know yet.",
});

/** Filter values for schedule queries. */
export enum ScheduleStatusFilter {
  SCHEDULED = "SCHEDULED",
  EXECUTED = "EXECUTED",
  REVOKED = "REVOKED",
}
registerEnumType(ScheduleStatusFilter, {
  name: "ScheduleStatusFilter",
  description: "Only schedules in this state.",
});
