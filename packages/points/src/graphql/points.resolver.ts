import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { InputError, toKstIso } from "@korbill/core-domain";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  EventStreamArgs,
  type SubscribeData,
  corpNumFor,
  liveEvents,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import { wholePoints } from "../map/from-wire.js";
import type { PointsContext } from "./context.js";
import { PointsEvent, PointsEventType } from "./points-event.type.js";
import { PointsView } from "./points.type.js";

/** Points queries: thin — validate, call the client, map. */
@Resolver(() => PointsView)
export class PointsResolver {
  @Authorized()
  @Query(() => PointsView, { description: "POPBiLL points of a member business." })
  points(
    @Ctx() ctx: PointsContext,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Omit<PointsView, "balance" | "lowBalanceThreshold"> {
    return { corpNum: corpNumFor(ctx, corpNum), userId: userIdFor(ctx, userId) };
  }

  @FieldResolver(() => Float)
  async balance(@Root() root: PointsView, @Ctx() ctx: PointsContext): Promise<number> {
    const balance = await ctx.points.getBalance(root.corpNum);
    // the watch (and its events) counts whole points: a fraction cannot be spent
    await ctx.pointsWatch.observe(root.corpNum, wholePoints(balance));
    return balance;
  }

  @FieldResolver(() => Int)
  lowBalanceThreshold(@Root() root: PointsView, @Ctx() ctx: PointsContext): Promise<number> {
    return ctx.pointsWatch.threshold(root.corpNum);
  }

  @Authorized()
  @Mutation(() => PointsView, {
    description: "Sets the balance below which a LOW_BALANCE event is sent (0 turns it off).",
  })
  async setLowBalanceThreshold(
    @Ctx() ctx: PointsContext,
    @Arg("threshold", () => Int) threshold: number,
    @Args(() => CorpNumArgs) { corpNum: corpNumArgValue }: CorpNumArgs,
  ): Promise<Omit<PointsView, "balance" | "lowBalanceThreshold">> {
    if (threshold < 0 || threshold > 1_000_000_000) {
      throw new InputError("threshold must be between 0 and 1,000,000,000", [
        { path: "threshold", message: "out of range" },
      ]);
    }
    const corpNum = corpNumFor(ctx, corpNumArgValue);
    const balance = wholePoints(await ctx.points.getBalance(corpNum));
    await ctx.pointsWatch.setThreshold(corpNum, threshold, balance);
    return { corpNum };
  }

  @Authorized()
  @Subscription(() => PointsEvent, {
    description:
      "Balance changes korbill causes or observes, and LOW_BALANCE alerts. Pass `after` (a cursor) to replay what you missed first.",
    subscribe: ({ args, context }: SubscribeData<EventStreamArgs, PointsContext>) =>
      liveEvents(context, {
        domain: "points",
        after: args.after,
        corpNum: args.corpNum,
        map: (event, cursor): PointsEvent => {
          const p = event.payload as Record<string, number | string | undefined>;
          return {
            cursor,
            type: event.type as PointsEventType,
            corpNum: String(p.corpNum),
            balance: Number(p.balance),
            previousBalance: p.previousBalance === undefined ? null : Number(p.previousBalance),
            delta: p.delta === undefined ? null : Number(p.delta),
            threshold: p.threshold === undefined ? null : Number(p.threshold),
            at: toKstIso(event.createdAt),
          };
        },
      }),
  })
  pointsEvents(
    @Root() event: PointsEvent,
    @Args(() => EventStreamArgs) _args: EventStreamArgs,
  ): PointsEvent {
    return event;
  }
}
