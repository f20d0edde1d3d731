import { setTimeout as delay } from "node:timers/promises";
import { Arg, Authorized, Ctx, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import { type KorbillContext, requireTenant } from "@korbill/core-tenancy/graphql";
import { InputError, toKstIso } from "@korbill/core-domain";
import { ClockTick, TenantKindGql, Viewer } from "./viewer.type.js";

async function* ticks(intervalMs: number, count: number | null): AsyncGenerator<ClockTick> {
  for (let seq = 1; count === null || seq <= count; seq++) {
    yield { seq, now: toKstIso(new Date()) };
    await delay(intervalMs);
  }
}

/** The caller's identity and a liveness subscription. */
@Resolver()
export class ViewerResolver {
  @Query(() => String, { description: "Answers `pong`; needs no key." })
  ping(): string {
    return "pong";
  }

  @Authorized()
  @Query(() => Viewer, { description: "The API key in use." })
  viewer(@Ctx() ctx: KorbillContext): Viewer {
    const tenant = requireTenant(ctx);
    return {
      keyId: tenant.keyId,
      tenant: tenant.name,
      kind: tenant.kind === "partner" ? TenantKindGql.PARTNER : TenantKindGql.MEMBER,
      corpNums: tenant.corpNums,
      stage: ctx.stage,
    };
  }

  @Authorized()
  @Subscription(() => ClockTick, {
    description: "Ticks every `intervalMs` (100-60000 ms), `count` times or forever.",
    subscribe: ({ args }) => {
      const { intervalMs: interval, count } = args as { intervalMs?: unknown; count?: unknown };
      const intervalMs = Number(interval);
      if (!Number.isInteger(intervalMs) || intervalMs < 100 || intervalMs > 60_000) {
        throw new InputError("intervalMs must be between 100 and 60000", [
          { path: "intervalMs", message: "must be between 100 and 60000" },
        ]);
      }
      return ticks(intervalMs, (count as number | null | undefined) ?? null);
    },
  })
  clock(
    @Root() tick: ClockTick,
    @Arg("intervalMs", () => Int, { defaultValue: 1000 }) _intervalMs: number,
    @Arg("count", () => Int, { nullable: true }) _count?: number,
  ): ClockTick {
    return tick;
  }
}
