import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { defined, toKstIso } from "@korbill/core-domain";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  EventStreamArgs,
  type SubscribeData,
  corpNumFor,
  liveEvents,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import type { StoredEvent } from "@korbill/core-events";
import { HOMETAX_EVENT_DOMAIN, type HometaxJobEventPayload } from "../service/events.js";
import { toJobView } from "../service/view.js";
import { jobStateFromWire } from "../map/codes.js";
import type { HometaxContext } from "./context.js";
import { currentJob } from "./request-jobs.js";
import { jobIdArgDoc, serviceArgDoc } from "./docs.js";
import { type HometaxJobEventType, HometaxService } from "./enums.js";
import { HometaxJobEvent } from "./event.type.js";
import { HometaxJobRequestInput } from "./job.input.js";
import { HometaxJob } from "./job.type.js";

function toEventView(event: StoredEvent, cursor: string): HometaxJobEvent {
  const p = event.payload as HometaxJobEventPayload;
  return {
    cursor,
    type: event.type as HometaxJobEventType,
    jobId: p.jobId,
    service: p.service,
    status: p.status,
    jobState: jobStateFromWire(p.jobState),
    errorCode: p.errorCode,
    errorReason: p.errorReason,
    collectCount: p.collectCount,
    at: toKstIso(event.createdAt),
  };
}

/** The arguments of `hometaxJobEvents`. */
@ArgsType()
class HometaxJobEventsArgs extends EventStreamArgs {
  @Field(() => String, { nullable: true, description: "Only this job's events." })
  jobId?: string;
}

/** Crawl jobs: request, look up, list, and follow live. */
@Resolver(() => HometaxJob)
export class HometaxJobResolver {
  @Authorized()
  @Mutation(() => HometaxJob, {
    description:
      "Asks POPBiLL to crawl HomeTax and returns the job (status PENDING). Everything is validated first " +
      "(BAD_USER_INPUT, nothing sent): at most 3 calendar months, TRUSTEE and dateType for tax invoices only. " +
      "korbill then follows the job every 1-3 s and reports PROGRESS, COMPLETED or FAILED on `hometaxJobEvents`. " +
      "Without a working HomeTax login POPBiLL refuses (UPSTREAM_ERROR with its code; see `hometaxReadiness`).",
  })
  async requestHometaxJob(
    @Ctx() ctx: HometaxContext,
    @Arg("input", () => HometaxJobRequestInput) input: HometaxJobRequestInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxJob> {
    const member = corpNumFor(ctx, corpNum);
    const asUser = userIdFor(ctx, userId);
    const row = await ctx.hometaxJobs.request({
      service: input.service,
      direction: input.direction,
      dateType: input.dateType ?? null,
      from: input.from,
      to: input.to,
      corpNum: member,
      keyId: defined(ctx.tenant, "tenant").keyId,
      userId: asUser ?? null,
    });
    return toJobView(row);
  }

  @Authorized()
  @Query(() => HometaxJob, {
    description:
      "A crawl job korbill requested for the member (NOT_FOUND for any other). After its hour the status is EXPIRED. " +
      "An open job is asked from POPBiLL once per request, so it agrees with a search or summary of the same request.",
  })
  async hometaxJob(
    @Ctx() ctx: HometaxContext,
    @Arg("jobId", () => String, { description: jobIdArgDoc }) jobId: string,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<HometaxJob> {
    return toJobView(await currentJob(ctx, corpNumFor(ctx, corpNum), jobId));
  }

  @Authorized()
  @Query(() => [HometaxJob], {
    description:
      "The member's crawl jobs POPBiLL still serves (requested within the hour), including ones requested outside " +
      "korbill (`tracked: false`).",
  })
  hometaxActiveJobs(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxJob[]> {
    return ctx.hometaxJobs.activeJobs(corpNumFor(ctx, corpNum), service, userIdFor(ctx, userId));
  }

  @Authorized()
  @Subscription(() => HometaxJobEvent, {
    description:
      "Live crawl-job events of the member: REQUESTED, PROGRESS, then COMPLETED or FAILED, and EXPIRED after the hour. " +
      "Pass `after` (the last cursor you received) to get what you missed first; pass `jobId` for one job " +
      "(NOT_FOUND unless it is the member's).",
    subscribe: async ({
      args,
      context: ctx,
    }: SubscribeData<HometaxJobEventsArgs, HometaxContext>) => {
      const { jobId, corpNum } = args;
      if (jobId !== undefined && jobId !== null)
        await ctx.hometaxJobs.job(corpNumFor(ctx, corpNum), jobId);
      return liveEvents(ctx, {
        domain: HOMETAX_EVENT_DOMAIN,
        after: args.after,
        corpNum,
        filter: (e) => !jobId || (e.payload as HometaxJobEventPayload).jobId === jobId,
        map: toEventView,
      });
    },
  })
  hometaxJobEvents(
    @Root() event: HometaxJobEvent,
    @Args(() => HometaxJobEventsArgs) _args: HometaxJobEventsArgs,
  ): HometaxJobEvent {
    return event;
  }
}
