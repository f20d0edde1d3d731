import {
  BulkSubmissionDocument,
  CashbillCostDocument,
  ClockDocument,
  type KorbillClient,
  KorbillError,
  ViewerDocument,
} from "@korbill/client";
import type { ChunkSummary } from "./plan.js";
import type { TradeDays } from "./normalize.js";

/** The member business to act for: `--corp`, else the key's first CorpNum. */
export async function resolveCorpNum(client: KorbillClient, corp?: string): Promise<string> {
  if (corp) return corp.replace(/-/g, "");
  const { viewer } = await client.request(ViewerDocument);
  const first = viewer.corpNums[0];
  if (!first)
    throw new KorbillError(
      "this key has no default member business: pass --corp",
      "BAD_USER_INPUT",
    );
  return first;
}

/**
 * Today and yesterday in Korea by the gateway's clock (one tick of the `clock` subscription),
 * since the gateway judges trade dates by its clock (in the local stage it can be moved).
 * Falls back to this machine's clock if no tick comes within 5 s.
 */
export async function tradeDays(client: KorbillClient): Promise<TradeDays & { source: string }> {
  const stream = client.iterate(ClockDocument, { count: 1 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), 5_000);
  });
  let now: number | undefined;
  try {
    const tick = await Promise.race([stream.next(), timeout]);
    if (tick && !tick.done) now = Date.parse(tick.value.clock.now);
  } catch {
    // The local clock below is a fair guess.
  } finally {
    clearTimeout(timer);
    void stream.return();
  }
  const ms = now ?? Date.now();
  const day = (t: number) => new Date(t + 9 * 3_600_000).toISOString().slice(0, 10);
  return {
    now: ms,
    today: day(ms),
    yesterday: day(ms - 86_400_000),
    source: now ? "gateway" : "local",
  };
}

/** The points a receipt costs and the member's balance (null where the gateway cannot say). */
export async function pointsFacts(
  client: KorbillClient,
  corpNum: string,
): Promise<{ unitCost: number | null; balance: number | null }> {
  try {
    const { cashbillUnitCost, points } = await client.request(CashbillCostDocument, { corpNum });
    return { unitCost: cashbillUnitCost.unitCost ?? null, balance: points.balance ?? null };
  } catch (error) {
    if (error instanceof KorbillError && error.code !== "UNAUTHENTICATED") {
      return { unitCost: null, balance: null };
    }
    throw error;
  }
}

/** How many of the chunks the gateway has already recorded (a resumed file), 4 at a time. */
export async function recordedChunks(
  client: KorbillClient,
  corpNum: string,
  chunks: readonly ChunkSummary[],
): Promise<Set<string>> {
  const recorded = new Set<string>();
  const queue = [...chunks];
  const worker = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      try {
        await client.request(BulkSubmissionDocument, { submitId: chunk.submitId, corpNum });
        recorded.add(chunk.submitId);
      } catch (error) {
        if (!(error instanceof KorbillError) || error.code !== "NOT_FOUND") throw error;
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return recorded;
}
