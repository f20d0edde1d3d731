import { Field, Float, ObjectType } from "type-graphql";
import type { ChargeInfoView, UnitCostView } from "../map/views.js";

/** POPBiLL's price of issuing one cash receipt. */
@ObjectType("UnitCost", {
  description: "The price of issuing one cash receipt, in POPBiLL points (1 point = 1 KRW).",
})
export class UnitCost implements UnitCostView {
  @Field(() => Float, {
    nullable: true,
    description: "Points per receipt (may be fractional); null if POPBiLL sent no number.",
  })
  unitCost!: number | null;
}

/** The member's charging terms for cash receipts. */
@ObjectType("ChargeInfo", { description: "How a member business is charged for cash receipts." })
export class ChargeInfo implements ChargeInfoView {
  @Field(() => Float, { nullable: true, description: "Points per receipt (may be fractional)." })
  unitCost!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Charging method as POPBiLL names it (과금유형).",
  })
  chargeMethod!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Rate system as POPBiLL names it (과금제도).",
  })
  rateSystem!: string | null;
}
