import { type EventTarget, bareTarget, korbillTarget } from "../lib/event-targets.js";
import { DEMO_KEYS, rssKiBOf } from "../lib/gateway.js";
import { EVENTS_SUBSCRIPTION, runId } from "../lib/receipts.js";
import { nowMs, sleep } from "../lib/stats.js";
import { type SubscriberPool, startSubscribers } from "../lib/subscribers.js";
import { type Scenario, ratio } from "./types.js";

/** The median of five RSS readings 300 ms apart, in KiB. */
async function settledRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    if (i) await sleep(300);
    readings.push(rssKiBOf(pid));
  }
  return readings.sort((a, b) => a - b)[2]!;
}

interface MemoryResult {
  subscribers: number;
  rssBeforeKiB: number;
  rssAfterKiB: number;
  perSubscriberKiB: number;
  connectMs: number;
  probeDelivered: number;
}

async function measure(
  target: EventTarget,
  subscribers: number,
  workers: number,
): Promise<MemoryResult> {
  const prefix = runId("M");
  // Warm-up: one subscriber and one event, so lazily built parts are in "before".
  const warm = await startSubscribers({
    wsUrl: target.wsUrl,
    total: 1,
    workers: 1,
    key: DEMO_KEYS.member,
    query: EVENTS_SUBSCRIPTION,
    variables: { types: ["ISSUED"] },
    prefix,
    maxMessages: 1,
  });
  await target.send(`PROBE${prefix}W`);
  await warm.waitProbe(`PROBE${prefix}W`, 10_000);
  await warm.close();
  await sleep(1_000);
  const rssBeforeKiB = await settledRss(target.pid);
  let pool: SubscriberPool | undefined;
  try {
    const started = nowMs();
    pool = await startSubscribers({
      wsUrl: target.wsUrl,
      total: subscribers,
      workers,
      key: DEMO_KEYS.member,
      query: EVENTS_SUBSCRIPTION,
      variables: { types: ["ISSUED"] },
      prefix,
      maxMessages: 1,
    });
    const connectMs = nowMs() - started;
    await sleep(2_000);
    const rssAfterKiB = await settledRss(target.pid);
    // Check that every subscription is live (read after the RSS, so they were idle then).
    await target.send(`PROBE${prefix}A`);
    const probe = await pool.waitProbe(`PROBE${prefix}A`, 60_000);
    return {
      subscribers,
      rssBeforeKiB,
      rssAfterKiB,
      perSubscriberKiB: (rssAfterKiB - rssBeforeKiB) / subscribers,
      connectMs,
      probeDelivered: probe.received,
    };
  } finally {
    await pool?.close();
  }
}

/**
 * Resident memory of the gateway process (`node apps/gateway/dist/main.js`, read from
 * `/proc/<pid>/status`) before and after N idle graphql-ws subscribers (one WebSocket and one
 * `cashbillEvents` subscription each, from child processes), and per subscriber; the same for
 * the bare graphql-ws server process as a baseline.
 */
export const memory: Scenario = {
  id: "memory",
  title: "Memory",
  async run(mode) {
    const p =
      mode === "quick" ? { subscribers: 200, workers: 1 } : { subscribers: 10_000, workers: 4 };
    const gateway = await korbillTarget();
    const korbill = await measure(gateway, p.subscribers, p.workers).finally(() => gateway.close());
    const bareServer = await bareTarget();
    const bare = await measure(bareServer, p.subscribers, p.workers).finally(() =>
      bareServer.close(),
    );
    const n = p.subscribers.toLocaleString("en-US");
    for (const r of [korbill, bare]) {
      if (r.probeDelivered !== r.subscribers) {
        throw new Error(`only ${r.probeDelivered} of ${r.subscribers} subscribers were live`);
      }
    }
    return {
      params: p,
      rows: [
        {
          measure: `RSS with ${n} idle subscribers`,
          value: korbill.rssAfterKiB / 1024,
          unit: "MiB",
          baseline: { label: "bare graphql-ws", value: bare.rssAfterKiB / 1024 },
          ratio: ratio(korbill.rssAfterKiB, bare.rssAfterKiB),
        },
        {
          measure: "RSS per idle subscriber",
          value: korbill.perSubscriberKiB,
          unit: "KiB",
          baseline: { label: "bare graphql-ws", value: bare.perSubscriberKiB },
          ratio: ratio(korbill.perSubscriberKiB, bare.perSubscriberKiB),
          target: { text: "< 30 KB", pass: korbill.perSubscriberKiB * 1.024 < 30 },
        },
      ],
      details: { korbill, bare },
    };
  },
};
