import { Field, Float, Int, ObjectType } from "type-graphql";

/** POPBiLL points of one member business; each field is fetched only when selected. */
@ObjectType("Points", {
  description:
    "POPBiLL points of one member business. Each field costs one upstream call when selected.",
})
export class PointsView {
  @Field(() => String, {
    description: "The member business (10-digit CorpNum) these points belong to.",
  })
  corpNum!: string;

  /** The POPBiLL user its fields act as (not a GraphQL field: the `points` query's `userId`). */
  userId?: string;

  @Field(() => Float, {
    description:
      "Remaining points (charge + bonus), from POPBiLL GetBalance: a float as POPBiLL answers it (like unitCost).",
  })
  balance!: number;

  @Field(() => Int, {
    description: "A LOW_BALANCE event is sent when the balance falls below this (0 = off).",
  })
  lowBalanceThreshold!: number;
}
