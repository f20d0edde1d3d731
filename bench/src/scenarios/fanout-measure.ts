import type { EventTarget } from "../lib/event-targets.js";
import { DEMO_KEYS, cpuMeter } from "../lib/gateway.js";
import { EVENTS_SUBSCRIPTION, runId } from "../lib/receipts.js";
import { distribution, nowMs, sleep } from "../lib/stats.js";
import { type SubscriberPool, startSubscribers } from "../lib/subscribers.js";

/** One stretch of webhooks at a fixed rate. */
export interface Phase {
  /** Webhooks per second. */
  rate: number;
  count: number;
}

/** Subscribers and the phases sent to them. */
export interface FanoutParams {
  subscribers: number;
  workers: number;
  phases: Phase[];
  timeoutMs: number;
}

/** Sends `count` events at a fixed rate (not waiting for replies); returns the send times. */
async function sendAtRate(target: EventTarget, prefix: string, first: number, phase: Phase) {
  const sentAt: number[] = [];
  const replies: Promise<number>[] = [];
  const start = nowMs();
  for (let i = 0; i < phase.count; i++) {
    const due = start + (i * 1000) / phase.rate;
    const wait = due - nowMs();
    if (wait > 1) await sleep(wait);
    sentAt.push(nowMs());
    replies.push(target.send(`${prefix}-${first + i}`).catch(() => 0));
  }
  const statuses = await Promise.all(replies);
  return { sentAt, failed: statuses.filter((s) => s !== 200).length };
}

/** What one phase measured. */
export interface PhaseResult {
  rate: number;
  count: number;
  failedPosts: number;
  complete: boolean;
  delivered: number;
  expected: number;
  latency: ReturnType<typeof distribution>;
  messagesPerSec: number;
  /**
   * CPU time from the phase's first send to its last delivery: the server under test and the
   * subscribers' processes together, in total and per delivered message (what 500 webhooks/s
   * to 1,000 subscribers would take in cores follows from it).
   */
  cpuMs: { server: number; subscribers: number };
  cpuUsPerMessage: { server: number; subscribers: number };
}

/**
 * Connects the subscribers (graphql-ws's client, or bare sockets: `client`) to `target`,
 * waits until a probe reaches all of them, then sends each phase and times every delivery.
 */
export async function measureFanout(
  target: EventTarget,
  p: FanoutParams,
  client: "graphql-ws" | "raw" = "graphql-ws",
): Promise<PhaseResult[]> {
  const prefix = runId("E");
  const total = p.phases.reduce((a, ph) => a + ph.count, 0);
  let pool: SubscriberPool | undefined;
  try {
    pool = await startSubscribers({
      wsUrl: target.wsUrl,
      total: p.subscribers,
      workers: p.workers,
      key: DEMO_KEYS.member,
      query: EVENTS_SUBSCRIPTION,
      variables: { types: ["ISSUED"] },
      prefix,
      maxMessages: total,
      client,
    });
    // Every subscription is live once every subscriber got a probe event.
    const probe = `PROBE${prefix}`;
    for (let attempt = 0; ; attempt++) {
      await target.send(`${probe}${attempt}`);
      if ((await pool.waitProbe(`${probe}${attempt}`, 10_000)).ok) break;
      if (attempt === 3) throw new Error(`${target.name}: subscribers never all received a probe`);
    }
    await sleep(500);
    const out: PhaseResult[] = [];
    let first = 0;
    for (const phase of p.phases) {
      const cpu = cpuMeter({ server: target.pid, subscribers: pool.pids });
      const { sentAt, failed } = await sendAtRate(target, prefix, first, phase);
      const got = await pool.collect(first + phase.count, p.timeoutMs);
      const used = cpu();
      const latencies: number[] = [];
      let last = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < phase.count; i++) {
        for (const t of got.receiveTimes(first + i)) {
          latencies.push(t - sentAt[i]!);
          if (t > last) last = t;
        }
      }
      const cpuMs = { server: used.server!, subscribers: used.subscribers! };
      const perMessage = (ms: number) => (ms * 1000) / Math.max(1, latencies.length);
      out.push({
        ...phase,
        failedPosts: failed,
        complete: got.complete,
        delivered: latencies.length,
        expected: phase.count * p.subscribers,
        latency: distribution(latencies),
        messagesPerSec: latencies.length / ((last - sentAt[0]!) / 1000),
        cpuMs,
        cpuUsPerMessage: {
          server: perMessage(cpuMs.server),
          subscribers: perMessage(cpuMs.subscribers),
        },
      });
      first += phase.count;
      await sleep(500);
    }
    return out;
  } finally {
    await pool?.close();
  }
}
