import { Field, Float, ObjectType } from "type-graphql";
import type { ExpiringUrl } from "../client/request.js";
import type { ChargeInfoView } from "../map/views.js";
import { PointsService } from "./enums.js";

/** How a member is charged for one POPBiLL service. */
@ObjectType("PointsChargeInfo", {
  description: "How a member business is charged for one service.",
})
export class PointsChargeInfo implements ChargeInfoView {
  @Field(() => PointsService, { description: "The service these terms are for." })
  service!: PointsService;

  @Field(() => Float, {
    nullable: true,
    description:
      "Points per use. Float: POPBiLL declares unit costs as floats and they may be fractional (1 point = 1 KRW).",
  })
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

/** A POPBiLL page URL that works for 30 seconds. */
@ObjectType("PointsPageUrl", {
  description: "A POPBiLL page to open (in a pop-up); it stops working 30 seconds after issue.",
})
export class PointsPageUrl implements ExpiringUrl {
  @Field(() => String, { description: "The page, with a one-time session." })
  url!: string;

  @Field(() => String, {
    description: "When the URL stops working, ISO-8601 with +09:00 (30 s after korbill asked).",
  })
  expiresAt!: string;
}
