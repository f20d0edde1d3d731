import { Field, Int, ObjectType } from "type-graphql";
import type { PaymentEventView } from "../map/views.js";
import { PaymentEventType, PaymentStatus } from "./enums.js";

/** A payment outcome, live; self-contained so subscribers need no further query. */
@ObjectType("PaymentEvent", {
  // Plain data fields: graphql-js reads them directly (no per-field type-graphql wrapper).
  simpleResolvers: true,
  description:
    "A payment outcome korbill verified with i'mport (webhooks are re-fetched, never trusted). Each outcome " +
    "is delivered once. Pass `cursor` as `after` when resubscribing to receive what you missed.",
})
export class PaymentEvent implements PaymentEventView {
  @Field(() => String, { description: "Opaque position in the event log; resume after it." })
  cursor!: string;

  @Field(() => PaymentEventType)
  type!: PaymentEventType;

  @Field(() => String)
  impUid!: string;

  @Field(() => String)
  merchantUid!: string;

  @Field(() => String, { nullable: true, description: "The billing key charged, if any." })
  customerUid!: string | null;

  @Field(() => Int, { description: "The payment's amount (KRW)." })
  amount!: number;

  @Field(() => Int, { description: "Refunded so far (KRW)." })
  cancelAmount!: number;

  @Field(() => PaymentStatus, { description: "The payment's state when korbill verified it." })
  status!: PaymentStatus;

  @Field(() => String, { nullable: true, description: "Why it was declined (FAILED)." })
  failReason!: string | null;

  @Field(() => String, { description: "When it happened (ISO-8601, +09:00)." })
  at!: string;
}
