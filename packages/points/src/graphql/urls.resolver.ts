import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { userIdOf } from "./args.js";
import { PointsPageUrl } from "./charge.type.js";
import type { PointsContext } from "./context.js";
import { PointsView } from "./points.type.js";

type Root = Pick<PointsView, "corpNum" | "userId">;

/** POPBiLL's own points pages as fields of `Points`; each URL works for 30 seconds. */
@Resolver(() => PointsView)
export class PointsUrlResolver {
  @FieldResolver(() => PointsPageUrl, {
    description: "POPBiLL's point-charge page (GetChargeURL).",
  })
  chargeUrl(@Root() root: Root, @Ctx() ctx: PointsContext): Promise<PointsPageUrl> {
    return ctx.points.getChargeURL(root.corpNum, userIdOf(ctx, root));
  }

  @FieldResolver(() => PointsPageUrl, {
    description: "POPBiLL's payment-history page (GetPaymentURL).",
  })
  paymentUrl(@Root() root: Root, @Ctx() ctx: PointsContext): Promise<PointsPageUrl> {
    return ctx.points.getPaymentURL(root.corpNum, userIdOf(ctx, root));
  }

  @FieldResolver(() => PointsPageUrl, {
    description: "POPBiLL's points-usage page (GetUseHistoryURL).",
  })
  useHistoryUrl(@Root() root: Root, @Ctx() ctx: PointsContext): Promise<PointsPageUrl> {
    return ctx.points.getUseHistoryURL(root.corpNum, userIdOf(ctx, root));
  }
}
