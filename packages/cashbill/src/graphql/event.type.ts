import { Field, Int, ObjectType } from "type-graphql";
import type { CashbillEventView } from "../map/views.js";
import { CashbillEventType } from "./enums.js";

/** A live cash-receipt event; self-contained, so subscribers need no further query. */
@ObjectType("CashbillEvent", {
  // Plain data fields: graphql-js reads them directly (no per-field type-graphql wrapper).
  simpleResolvers: true,
  description:
    "A cash-receipt event. Pass its cursor as `after` when resubscribing to receive what you missed.",
})
export class CashbillEvent implements CashbillEventView {
  @Field(() => String, { description: "Opaque position in the event log; resume after it." })
  cursor!: string;

  @Field(() => CashbillEventType, { description: "What happened." })
  type!: CashbillEventType;

  @Field(() => String, {
    nullable: true,
    description: "The member business (10 digits) the receipt belongs to.",
  })
  corpNum!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The bulk submission, for BULKRESULT events.",
  })
  submitId!: string | null;

  @Field(() => String, { nullable: true, description: "Your document number." })
  mgtKey!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "POPBiLL's result code: 1 success, otherwise a negative error code.",
  })
  code!: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the step succeeded." })
  success!: boolean | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "NTS confirm number." })
  confirmNum!: string | null;

  @Field(() => String, { nullable: true, description: "Trade date (yyyy-MM-dd)." })
  tradeDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The National Tax Service's result code (NTS events).",
  })
  ntsResultCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The National Tax Service's result message (NTS events).",
  })
  ntsResultMessage!: string | null;

  @Field(() => String, { description: "When it happened (ISO-8601 with +09:00)." })
  at!: string;
}
