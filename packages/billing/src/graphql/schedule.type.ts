import { Field, Int, ObjectType } from "type-graphql";
import type { PageView, PaymentScheduleView } from "../map/views.js";
import { pageOf } from "./page.type.js";
import { PaymentStatus, ScheduleStatus } from "./enums.js";

/** A charge i'mport will run (or ran) at a set time. */
@ObjectType("PaymentSchedule", {
  description:
    "A charge of a billing key that i'mport runs by itself at `scheduleAt`. When it runs, `paymentEvents` " +
    "delivers SCHEDULED_EXECUTED (approved) or FAILED.",
})
export class PaymentSchedule implements PaymentScheduleView {
  @Field(() => String)
  customerUid!: string;

  @Field(() => String, { description: "Your order id of this charge." })
  merchantUid!: string;

  @Field(() => String, { nullable: true, description: "The payment, once executed." })
  impUid!: string | null;

  @Field(() => String, { nullable: true, description: "When it runs (ISO-8601, +09:00)." })
  scheduleAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it ran." })
  executedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was unscheduled." })
  revokedAt!: string | null;

  @Field(() => Int, { description: "Amount to charge (KRW)." })
  amount!: number;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ScheduleStatus)
  status!: ScheduleStatus;

  @Field(() => PaymentStatus, {
    nullable: true,
    description: "The charge's outcome, once executed.",
  })
  paymentStatus!: PaymentStatus | null;

  @Field(() => String, { nullable: true, description: "Why the charge was declined." })
  failReason!: string | null;
}

/** One page of schedules. */
export const PaymentSchedulePage = pageOf(
  PaymentSchedule,
  "PaymentSchedulePage",
  "One page of schedules, newest first.",
);
/** A value of PaymentSchedulePage. */
export type PaymentSchedulePage = PageView<PaymentSchedule>;
