import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { toPageView, toScheduleView } from "../map/views.js";
import { BillingCorpNumArgs, type BillingContext, ownerFor } from "./context.js";
import { ScheduleStatusFilter } from "./enums.js";
import { ScheduleInput } from "./schedule.input.js";
import { PaymentSchedule, PaymentSchedulePage } from "./schedule.type.js";

/** Scheduled (recurring) charges of a billing key. */
@Resolver(() => PaymentSchedule)
export class ScheduleResolver {
  @Authorized()
  @Mutation(() => [PaymentSchedule], {
    description:
      "Schedules charges of your billing key; i'mport runs each at its time and korbill reports the outcome on " +
      "`paymentEvents` (SCHEDULED_EXECUTED or FAILED). All are validated first (BAD_USER_INPUT, nothing sent). " +
      "A merchantUid already paid or already scheduled is a CONFLICT. NOT_FOUND for a key that is not yours.",
  })
  async schedulePayments(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String) customerUid: string,
    @Arg("schedules", () => [ScheduleInput], { description: "1 to 100 charges." })
    schedules: ScheduleInput[],
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<PaymentSchedule[]> {
    const results = await ctx.billing.schedulePayments(
      ownerFor(ctx, corpNum),
      customerUid,
      schedules,
    );
    return results.map(toScheduleView) as PaymentSchedule[];
  }

  @Authorized()
  @Mutation(() => [PaymentSchedule], {
    description:
      "Unschedules the listed pending charges of your billing key, or all of them when `merchantUids` is omitted. " +
      "Returns the unscheduled ones (status REVOKED). UPSTREAM_ERROR when nothing was pending.",
  })
  async unschedulePayments(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String) customerUid: string,
    @Arg("merchantUids", () => [String], { nullable: true }) merchantUids: string[] | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<PaymentSchedule[]> {
    const revoked = await ctx.billing.unschedulePayments(
      ownerFor(ctx, corpNum),
      customerUid,
      merchantUids,
    );
    return revoked.map(toScheduleView) as PaymentSchedule[];
  }

  @Authorized()
  @Query(() => PaymentSchedulePage, {
    description:
      "Schedules of your billing key whose time is in [from, to) (at most 90 days apart), newest first.",
  })
  async billingKeySchedules(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String) customerUid: string,
    @Arg("from", () => String, { description: "ISO-8601 with an offset, inclusive." }) from: string,
    @Arg("to", () => String, { description: "ISO-8601 with an offset, exclusive." }) to: string,
    @Arg("status", () => ScheduleStatusFilter, { nullable: true })
    status: ScheduleStatusFilter | undefined,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<PaymentSchedulePage> {
    const reply = await ctx.billing.billingKeySchedules(ownerFor(ctx, corpNum), customerUid, {
      from,
      to,
      status: status ? (status.toLowerCase() as "scheduled" | "executed" | "revoked") : null,
      page: page ?? 1,
    });
    return toPageView(reply, toScheduleView) as PaymentSchedulePage;
  }
}
