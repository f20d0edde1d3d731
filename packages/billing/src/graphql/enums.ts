import { registerEnumType } from "type-graphql";
import { PaymentEventType, PaymentStatus, ScheduleStatus, ScheduleStatusFilter } from "../enums.js";

export { PaymentEventType, PaymentStatus, ScheduleStatus, ScheduleStatusFilter };

registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description:
    "PAID: approved (a partial cancel keeps PAID; see cancelAmount). FAILED: declined by the card company (see failReason). " +
    "CANCELLED: fully refunded. READY: not paid yet. UNKNOWN: a state i'mport added that korbill does not know yet.",
});

registerEnumType(PaymentEventType, {
  name: "PaymentEventType",
  description:
    "PAID: a charge was approved. SCHEDULED_EXECUTED: a scheduled charge ran and was approved. " +
    "FAILED: a charge (scheduled or not) was declined. CANCELLED: a payment was refunded, fully or partly.",
});

registerEnumType(ScheduleStatus, {
  name: "ScheduleStatus",
  description:
    "SCHEDULED: waiting for its time. EXECUTED: i'mport tried the charge (see paymentStatus). " +
    "REVOKED: unscheduled before it ran. UNKNOWN: a state korbill does not know yet.",
});

registerEnumType(ScheduleStatusFilter, {
  name: "ScheduleStatusFilter",
  description: "Only schedules in this state.",
});
