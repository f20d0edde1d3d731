import { Arg, Args, Authorized, Ctx, Float, Mutation, Query, Resolver } from "type-graphql";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  Role,
  corpNumFor,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import { text, wholePoints } from "../map/from-wire.js";
import { toPaymentForm, toRefundForm } from "../map/to-wire.js";
import { validatePaymentRequest, validateRefundRequest } from "../validate/index.js";
import { PointsPageUrl } from "./charge.type.js";
import type { PointsContext } from "./context.js";
import {
  PointsPaymentInput,
  PointsPaymentRequest,
  PointsRefundInput,
  PointsRefundRequest,
} from "./payment.input.js";

/** Charging, refunding, and the partner's own points. */
@Resolver()
export class PointsPaymentsResolver {
  @Authorized()
  @Mutation(() => PointsPaymentRequest, {
    description:
      "Asks POPBiLL to expect a bank transfer that charges points (PaymentRequest). Not retried: on a network error, check points.paymentHistory before asking again.",
  })
  async requestPointsPayment(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => PointsPaymentInput) input: PointsPaymentInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<PointsPaymentRequest> {
    const member = corpNumFor(ctx, corpNum);
    validatePaymentRequest(input);
    const reply = await ctx.points.paymentRequest(
      member,
      toPaymentForm(input),
      userIdFor(ctx, userId),
    );
    return { settleCode: text(reply.settleCode), message: text(reply.message) };
  }

  @Authorized()
  @Mutation(() => PointsRefundRequest, {
    description:
      "Asks POPBiLL to refund points to a bank account (Refund). Not retried: on a network error, check points.refundHistory before asking again.",
  })
  async requestPointsRefund(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => PointsRefundInput) input: PointsRefundInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<PointsRefundRequest> {
    const member = corpNumFor(ctx, corpNum);
    validateRefundRequest(input);
    const reply = await ctx.points.refund(member, toRefundForm(input), userIdFor(ctx, userId));
    await observeBalance(ctx, member);
    return { refundCode: text(reply.refundCode), message: text(reply.message) };
  }

  @Authorized(Role.PARTNER)
  @Query(() => Float, {
    description:
      "The partner's own remaining points (GetPartnerBalance), as POPBiLL answers them: a float. Partner keys only.",
  })
  async partnerBalance(
    @Ctx() ctx: PointsContext,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<number> {
    return ctx.points.getPartnerBalance(corpNumFor(ctx, corpNum));
  }

  @Authorized(Role.PARTNER)
  @Query(() => PointsPageUrl, {
    description: "POPBiLL's partner point-charge page (GetPartnerURL, CHRG). Partner keys only.",
  })
  partnerChargeUrl(
    @Ctx() ctx: PointsContext,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<PointsPageUrl> {
    return ctx.points.getPartnerURL(corpNumFor(ctx, corpNum), "CHRG");
  }
}

/**
 * Re-reads the balance after a refund request so the watch sees any deduction. Best effort:
 * the refund was accepted, so a failed read must not turn the mutation into an error.
 */
async function observeBalance(ctx: PointsContext, corpNum: string): Promise<void> {
  try {
    await ctx.pointsWatch.observe(corpNum, wholePoints(await ctx.points.getBalance(corpNum)));
  } catch {
    // The next balance read reports the change instead.
  }
}
