import { Arg, Args, Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
import {
  toChargeInfo,
  toPage,
  toPayment,
  toRefund,
  toUseEntry,
  wireNumber,
} from "../map/from-wire.js";
import type { PageView } from "../map/views.js";
import { toHistoryQuery, toPageQuery, toUseHistoryQuery } from "../map/to-wire.js";
import {
  validateCode,
  validateDateRange,
  validatePaging,
  validateService,
  validateUseHistory,
} from "../validate/index.js";
import { userIdOf } from "./args.js";
import { PointsChargeInfo } from "./charge.type.js";
import type { PointsContext } from "./context.js";
import { PointsService } from "./enums.js";
import {
  PointsPayment,
  PointsPaymentPage,
  PointsRefund,
  PointsRefundPage,
  PointsUseEntry,
  PointsUsePage,
} from "./history.type.js";
import { DateRangeArgs, PagingArgs, UseHistoryArgs } from "./payment.input.js";
import { PointsView } from "./points.type.js";

type Root = Pick<PointsView, "corpNum" | "userId">;

/**
 * The rest of a member's points, as fields of `Points` (each costs one upstream call when
 * selected): prices, the ledger, charges and refunds. Thin:
 * validate -> client -> map; nothing is sent when validation fails.
 */
@Resolver(() => PointsView)
export class PointsLedgerResolver {
  @FieldResolver(() => Float, {
    description:
      "Points that can still be refunded (GetRefundableBalance), as POPBiLL answers them: a float, like unitCost.",
  })
  async refundableBalance(@Root() root: Root, @Ctx() ctx: PointsContext): Promise<number> {
    return ctx.points.getRefundableBalance(root.corpNum, userIdOf(ctx, root));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Points charged per use of a service (GetUnitCost); may be fractional. HomeTax services are flat-rate and refused: ask chargeInfo.",
  })
  async unitCost(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Arg("service", () => PointsService) service: PointsService,
  ): Promise<number | null> {
    validateService(service);
    const reply = await ctx.points.getUnitCost(root.corpNum, service, userIdOf(ctx, root));
    return wireNumber(reply?.unitCost);
  }

  @FieldResolver(() => PointsChargeInfo, {
    description: "How a service is charged (GetChargeInfo), with that service's own token.",
  })
  async chargeInfo(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    // The seed marks the service type optional. Without one, the SDK sends the v1 call
    // `GET /EasyFin/AccountCheck/ChargeInfo` with no serviceType (popbill.md §3 table), which
    // is read as 성명 [INF, as the sandbox does], so the default is the 성명 account check.
    @Arg("service", () => PointsService, {
      defaultValue: PointsService.ACCOUNT_CHECK_NAME,
      description:
        "The service to price. Default: ACCOUNT_CHECK_NAME, as POPBiLL when no service type is given.",
    })
    service: PointsService,
  ): Promise<PointsChargeInfo> {
    validateService(service);
    return toChargeInfo(
      service,
      await ctx.points.getChargeInfo(root.corpNum, service, userIdOf(ctx, root)),
    );
  }

  @FieldResolver(() => PointsPaymentPage, { description: "Bank-transfer charges in a day range." })
  async paymentHistory(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Args(() => DateRangeArgs) args: DateRangeArgs,
  ): Promise<PageView<PointsPayment>> {
    validateDateRange(args);
    const reply = await ctx.points.getPaymentHistory(
      root.corpNum,
      toHistoryQuery(args),
      userIdOf(ctx, root),
    );
    return toPage(reply, toPayment);
  }

  @FieldResolver(() => PointsUsePage, { description: "The points ledger in a day range." })
  async useHistory(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Args(() => UseHistoryArgs) args: UseHistoryArgs,
  ): Promise<PageView<PointsUseEntry>> {
    validateUseHistory(args);
    const reply = await ctx.points.getUseHistory(
      root.corpNum,
      toUseHistoryQuery(args),
      userIdOf(ctx, root),
    );
    return toPage(reply, toUseEntry);
  }

  @FieldResolver(() => PointsRefundPage, { description: "Refund requests, paged." })
  async refundHistory(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Args(() => PagingArgs) args: PagingArgs,
  ): Promise<PageView<PointsRefund>> {
    validatePaging(args);
    const reply = await ctx.points.getRefundHistory(
      root.corpNum,
      toPageQuery(args),
      userIdOf(ctx, root),
    );
    return toPage(reply, toRefund);
  }

  @FieldResolver(() => PointsPayment, {
    description: "One charge by its settleCode (GetSettleResult).",
  })
  async payment(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Arg("settleCode", () => String) settleCode: string,
  ): Promise<PointsPayment> {
    validateCode(settleCode, "settleCode");
    return toPayment(
      await ctx.points.getSettleResult(root.corpNum, settleCode, userIdOf(ctx, root)),
    );
  }

  @FieldResolver(() => PointsRefund, {
    description: "One refund request by its refundCode (GetRefundInfo).",
  })
  async refund(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Arg("refundCode", () => String) refundCode: string,
  ): Promise<PointsRefund> {
    validateCode(refundCode, "refundCode");
    return toRefund(await ctx.points.getRefundInfo(root.corpNum, refundCode, userIdOf(ctx, root)));
  }
}
