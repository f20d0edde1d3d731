import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { NotFoundError, defined } from "@korbill/core-domain";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  EventStreamArgs,
  type SubscribeData,
  corpNumFor,
  liveEvents,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import { toCashbillView } from "../map/from-wire.js";
import { toWireCashbill } from "../map/to-wire.js";
import { CashbillEventType } from "../enums.js";
import { validateBulk } from "../validate/index.js";
import { BulkReceiptResult, BulkSubmission } from "./bulk.type.js";
import { Cashbill } from "./cashbill.type.js";
import { CashbillInput } from "./cashbill.input.js";
import type { CashbillContext } from "./context.js";
import { CashbillEvent } from "./event.type.js";
import { selectsAny } from "./selection.js";
import { type ReceiptResultRoot, toBulkSubmissionView, toCashbillEventView } from "./views.js";

/** The arguments of `cashbillEvents`. */
@ArgsType()
class CashbillEventsArgs extends EventStreamArgs {
  @Field(() => String, { nullable: true, description: "Only this bulk submission's events." })
  submitId?: string;

  @Field(() => [CashbillEventType], { nullable: true, description: "Only these event types." })
  types?: CashbillEventType[];
}

/** BulkSubmission fields computed from the submission's receipts (the rest come from its row). */
const FROM_RECEIPTS = new Set([
  "results",
  "successCount",
  "failCount",
  "filedCount",
  "filingFailedCount",
]);

/** Bulk issuance: submit, follow, and watch the results live. */
@Resolver(() => BulkSubmission)
export class BulkResolver {
  @Authorized()
  @Mutation(() => BulkSubmission, {
    description:
      "Submits up to 100 receipts under a SubmitID you choose (never reusable). Everything is validated first " +
      "(BAD_USER_INPUT, nothing sent); the submission is recorded before it is sent, so a network failure is " +
      "reconciled, never resubmitted: each receipt is issued exactly once. Results arrive on `cashbillEvents`.",
  })
  async bulkIssueCashbills(
    @Ctx() ctx: CashbillContext,
    @Arg("submitId", () => String) submitId: string,
    @Arg("cashbills", () => [CashbillInput]) cashbills: CashbillInput[],
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<BulkSubmission> {
    const member = corpNumFor(ctx, corpNum);
    const asUser = userIdFor(ctx, userId);
    validateBulk(submitId, cashbills, { now: ctx.now() });
    await ctx.cashbillPointsCheck?.(member, cashbills.length);
    const row = await ctx.bulk.submit({
      corpNum: member,
      submitId,
      keyId: defined(ctx.tenant, "tenant").keyId,
      userId: asUser ?? null,
      cashbills: cashbills.map((c) => toWireCashbill(c, member)),
    });
    return toBulkSubmissionView(row, await receiptsIfAsked(ctx, info, member, submitId));
  }

  @Authorized()
  @Query(() => BulkSubmission, {
    description: "A bulk submission's state, counts and per-receipt results.",
  })
  async bulkSubmission(
    @Ctx() ctx: CashbillContext,
    @Arg("submitId", () => String) submitId: string,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<BulkSubmission> {
    const member = corpNumFor(ctx, corpNum);
    const row = await ctx.cashbillStore.submission(member, submitId);
    if (!row) throw new NotFoundError(`no bulk submission ${submitId} for ${member}`);
    return toBulkSubmissionView(row, await receiptsIfAsked(ctx, info, member, submitId));
  }

  @Authorized()
  @Subscription(() => CashbillEvent, {
    description:
      "Live cash-receipt events: BULKRESULT per receipt of a bulk, ISSUED, then NTS_FILED / NTS_FAILED. " +
      "Pass `after` (the last cursor you received) to get what you missed first; filter by `submitId` and `types`.",
    subscribe: ({ args, context }: SubscribeData<CashbillEventsArgs, CashbillContext>) => {
      const { types, submitId } = args;
      return liveEvents(context, {
        domain: "cashbill",
        after: args.after,
        corpNum: args.corpNum,
        filter: (e) =>
          (!types?.length || types.includes(e.type as CashbillEventType)) &&
          (!submitId || (e.payload as { submitId?: string }).submitId === submitId),
        map: toCashbillEventView,
      });
    },
  })
  cashbillEvents(
    @Root() event: CashbillEvent,
    @Args(() => CashbillEventsArgs) _args: CashbillEventsArgs,
  ): CashbillEvent {
    return event;
  }
}

/** The live POPBiLL view of each receipt of a bulk, batched into one GetInfos call. */
@Resolver(() => BulkReceiptResult)
export class BulkReceiptResolver {
  @FieldResolver(() => Cashbill, {
    nullable: true,
    description:
      "The receipt as POPBiLL shows it now (all receipts of a query fetched in one call).",
  })
  async cashbill(
    @Root() root: ReceiptResultRoot,
    @Ctx() ctx: CashbillContext,
  ): Promise<Cashbill | null> {
    const info = await ctx.cashbillInfo.load({ corpNum: root.corpNum, mgtKey: root.mgtKey });
    return info ? toCashbillView(info) : null;
  }
}

/**
 * A submission's receipts when the operation reads a field computed from them; otherwise none
 * are loaded (the fields that are read come from the submission's row alone). Without `info`
 * (a direct call), always loaded.
 */
async function receiptsIfAsked(
  ctx: CashbillContext,
  info: GraphQLResolveInfo | undefined,
  corpNum: string,
  submitId: string,
) {
  if (info && !selectsAny(info, FROM_RECEIPTS)) return [];
  return ctx.cashbillStore.receiptsOf(corpNum, submitId);
}
