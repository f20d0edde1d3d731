import { Field, InputType, Int } from "type-graphql";
import type { ScheduleData } from "../map/inputs.js";

/** One charge to schedule. */
@InputType("ScheduleInput", { description: "One charge for i'mport to run at a set time." })
export class ScheduleInput implements ScheduleData {
  @Field(() => String, {
    description:
      "Your order id for this charge: 1-40 characters of A-Z a-z 0-9 _ - . @, unique in the request and never one already paid.",
  })
  merchantUid!: string;

  @Field(() => String, {
    description:
      "When to charge: ISO-8601 with an offset, e.g. `2025-02-01T09:00:00+09:00`; in the future, at most one year ahead.",
  })
  scheduleAt!: string;

  @Field(() => Int, { description: "Amount in KRW (1 to 2,147,483,647)." })
  amount!: number;

  @Field(() => String, { description: "Order name shown to the customer (at most 40 characters)." })
  name!: string;
}
