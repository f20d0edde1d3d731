import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Float,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { type KorbillContext } from "@korbill/core-tenancy/graphql";
import { DomainError, InputError, toKstIso } from "@korbill/core-domain";
import { type SandboxClock } from "@korbill/sandbox";
import { parseDuration } from "./duration.js";
import { ErrorCode } from "@korbill/error-codes";

/** The embedded sandbox's clock as the resolvers reach it (local stage only). */
export interface LocalSandboxClock {
  readonly clock: SandboxClock;
  /** `seed` or `demo` (`KORBILL_SANDBOX_TIMING`). */
  readonly timing: string;
}

type SandboxClockContext = KorbillContext & { sandboxClock?: LocalSandboxClock };

/** Longest single move: enough for any seed's schedule, short of an accidental century. */
const MAX_ADVANCE_MS = 400 * 86_400_000;

@ObjectType("SandboxClock", {
  description:
    "The local stage's sandbox clock: what POPBiLL and i'mport see as now. Moving it runs what " +
    "falls due (bulk processing, NTS filing, scheduled payments, expiring URLs and tokens).",
})
export class SandboxClockView {
  @Field(() => String, { description: "The sandbox time (ISO-8601 with +09:00)." })
  now!: string;

  @Field(() => Float, { description: "How far the sandbox clock is ahead of real time, in ms." })
  aheadMs!: number;

  @Field(() => String, {
    description:
      "`seed`: POPBiLL's schedule (filing overnight, NTS results at 11:00 KST the next day); `demo`: within seconds (KORBILL_SANDBOX_TIMING).",
  })
  timing!: string;
}

function localClock(ctx: SandboxClockContext): LocalSandboxClock {
  if (ctx.stage !== "local")
    throw new DomainError(ErrorCode.FORBIDDEN, "sandbox operations exist only in the local stage");
  if (!ctx.sandboxClock)
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      "this gateway uses an external sandbox: move its clock through that sandbox's control API",
    );
  return ctx.sandboxClock;
}

function view({ clock, timing }: LocalSandboxClock): SandboxClockView {
  const now = clock.nowMs();
  return { now: toKstIso(now), aheadMs: now - Date.now(), timing };
}

/** `sandboxClock` and `advanceSandboxClock`: users move time in the local stage, as tests do. */
@Resolver()
export class SandboxClockResolver {
  @Authorized()
  @Query(() => SandboxClockView, {
    description: "The local stage's sandbox clock (FORBIDDEN outside the local stage).",
  })
  sandboxClock(@Ctx() ctx: SandboxClockContext): SandboxClockView {
    return view(localClock(ctx));
  }

  @Authorized()
  @Mutation(() => SandboxClockView, {
    description:
      "Moves the local stage's sandbox clock forward, `by` a duration (ISO-8601 `PT30S`, `P1D` or `30s`, `1d2h`) or `to` a time (ISO-8601 with offset), and runs what falls due. Time never moves back. FORBIDDEN outside the local stage.",
  })
  advanceSandboxClock(
    @Ctx() ctx: SandboxClockContext,
    @Arg("by", () => String, { nullable: true }) by?: string | null,
    @Arg("to", () => String, { nullable: true }) to?: string | null,
  ): SandboxClockView {
    const local = localClock(ctx);
    const ms = advanceMs(local.clock.nowMs(), by ?? null, to ?? null);
    local.clock.advance(ms);
    return view(local);
  }
}

function advanceMs(nowMs: number, by: string | null, to: string | null): number {
  if ((by === null) === (to === null))
    throw new InputError("give exactly one of by and to", [
      { path: by === null ? "by" : "to", message: "give exactly one of by and to" },
    ]);
  let ms: number | undefined;
  if (by !== null) {
    ms = parseDuration(by);
    if (ms === undefined)
      throw new InputError("by must be a duration such as PT30S, P1D, 30s or 1d2h", [
        { path: "by", message: "must be a duration such as PT30S, P1D, 30s or 1d2h" },
      ]);
  } else {
    const target = to !== null && /(?:Z|[+-]\d\d:?\d\d)$/i.test(to) ? Date.parse(to) : Number.NaN;
    if (!Number.isFinite(target))
      throw new InputError("to must be an ISO-8601 time with an offset", [
        {
          path: "to",
          message: "must be an ISO-8601 time with an offset, e.g. 2026-12-08T11:00:00+09:00",
        },
      ]);
    ms = target - nowMs;
    if (ms < 0)
      throw new InputError("the sandbox clock only moves forward", [
        { path: "to", message: `is before the sandbox time ${toKstIso(nowMs)}` },
      ]);
  }
  if (ms > MAX_ADVANCE_MS)
    throw new InputError("the sandbox clock moves at most 400 days at once", [
      { path: by !== null ? "by" : "to", message: "moves at most 400 days at once" },
    ]);
  return ms;
}
