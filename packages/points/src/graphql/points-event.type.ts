import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** Kinds of points events. */
export enum PointsEventType {
  BALANCE_CHANGED = "BALANCE_CHANGED",
  LOW_BALANCE = "LOW_BALANCE",
}
registerEnumType(PointsEventType, {
  name: "PointsEventType",
  description:
    "BALANCE_CHANGED: the balance differs from the one korbill last saw. LOW_BALANCE: it fell below the member's threshold.",
  valuesConfig: {
    BALANCE_CHANGED: { description: "The balance differs from the one korbill last saw." },
    LOW_BALANCE: { description: "The balance fell below the member's threshold." },
  },
});

/** A change of a member's points that korbill caused or observed. */
@ObjectType({
  // Plain data fields: graphql-js reads them directly (no per-field type-graphql wrapper).
  simpleResolvers: true,
  description: "A points balance change korbill caused or observed, with its cursor for resuming.",
})
export class PointsEvent {
  @Field(() => String, { description: "Pass as `after` to resume after this event." })
  cursor!: string;

  @Field(() => PointsEventType, { description: "What happened." })
  type!: PointsEventType;

  @Field(() => String, { description: "The member business (10-digit CorpNum)." })
  corpNum!: string;

  @Field(() => Int, { description: "Balance after the change." })
  balance!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Balance korbill saw before (BALANCE_CHANGED).",
  })
  previousBalance!: number | null;

  @Field(() => Int, { nullable: true, description: "balance - previousBalance (BALANCE_CHANGED)." })
  delta!: number | null;

  @Field(() => Int, { nullable: true, description: "The threshold crossed (LOW_BALANCE)." })
  threshold!: number | null;

  @Field(() => String, { description: "When korbill recorded it, ISO-8601 with +09:00." })
  at!: string;
}
