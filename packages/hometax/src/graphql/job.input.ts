import { Field, InputType } from "type-graphql";
import type { HometaxJobRequestFields } from "../map/inputs.js";
import { HometaxDateType, HometaxDirection, HometaxService } from "./enums.js";

/** A crawl request. Validated as a whole before anything is sent. */
@InputType("HometaxJobRequestInput", {
  description:
    "What to crawl. One request covers at most 3 calendar months (e.g. 2026-01-31 to 2026-04-30); request several " +
    "jobs for longer periods. Dates are calendar days in Korea (yyyy-MM-dd).",
})
export class HometaxJobRequestInput implements HometaxJobRequestFields {
  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => HometaxDirection, { description: "SELL or BUY; TRUSTEE for tax invoices only." })
  direction!: HometaxDirection;

  @Field(() => HometaxDateType, {
    nullable: true,
    description:
      "Required for tax invoices (which date to select on); must be left out for cash receipts.",
  })
  dateType?: HometaxDateType | null;

  @Field(() => String, { description: "First day, yyyy-MM-dd." })
  from!: string;

  @Field(() => String, {
    description: "Last day (inclusive), yyyy-MM-dd; at most 3 months after `from`.",
  })
  to!: string;
}
