import type { SandboxSettings } from "@korbill/sandbox";
import { DEMO_KEYS, cpuMeter, spawnGateway } from "../lib/gateway.js";
import { mustGraphql } from "../lib/graphql-http.js";
import {
  BULK_MUTATION,
  CURSOR_AT_START,
  EVENTS_SUBSCRIPTION,
  runId,
  warmUpKeys,
} from "../lib/receipts.js";
import { demoReceipt } from "@korbill/cashbill/testing";
import {
  BULK_STATE_PATH,
  CORP_NUM,
  clientTarget,
  gatewayEnvFor,
  sendWebhooksTo,
  startSandbox,
} from "../lib/sandbox.js";
import { distribution } from "../lib/stats.js";
import { startSubscribers } from "../lib/subscribers.js";
import { startWorker } from "../lib/workers.js";
import type { FloorArgs, FloorResult } from "../workers/floor-client.js";
import type { GatewayBulkArgs, GatewayBulkResult } from "../workers/gateway-client.js";
import type { SdkBulkArgs, SdkBulkResult } from "../workers/popbill-sdk.js";

/** How one bulk-pipeline run is set up (the same for korbill and both baselines). */
export interface BulkParams {
  bulks: number;
  perBulk: number;
  concurrency: number;
  popbillLatencyMs: number;
  settings: Partial<SandboxSettings>;
  timeoutMs: number;
}

/**
 * The gateway in its own process: HTTP mutations in, BULKRESULT events out over graphql-ws.
 * With `webhooks` the sandbox sends its per-receipt BULKRESULT webhooks to the gateway;
 * without, the gateway learns results only by polling GetBulkResult every 2-5 s.
 */
export async function runGateway(p: BulkParams, webhooks: boolean) {
  const sandbox = await startSandbox({
    settings: p.settings,
    popbillLatencyMs: p.popbillLatencyMs,
  });
  const gateway = await spawnGateway({
    ...gatewayEnvFor(sandbox),
    KORBILL_FILING_CHECK_MS: "600000",
  });
  const run = runId("G");
  const total = p.bulks * p.perBulk;
  // The mutations come from a process of their own, as the baselines' clients do.
  const client = startWorker("gateway-client");
  let subscribers: Awaited<ReturnType<typeof startSubscribers>> | undefined;
  try {
    if (webhooks) sendWebhooksTo(sandbox, gateway.url);
    subscribers = await startSubscribers({
      wsUrl: gateway.wsUrl,
      total: 1,
      workers: 1,
      key: DEMO_KEYS.member,
      query: EVENTS_SUBSCRIPTION,
      // From the start of the log: nothing is missed however late the subscription lands.
      variables: { after: CURSOR_AT_START, types: ["BULKRESULT"] },
      prefix: run,
      maxMessages: total,
    });
    // Warm-up: the first token, connection and JIT of the mutation, filing and webhook paths,
    // with one full-size bulk (the floor's and the SDK's clients warm up with one too), so
    // that the run measures a running gateway rather than a cold one.
    const warmUp = warmUpKeys(run, p.perBulk);
    const probe = warmUp[0]!;
    await mustGraphql(gateway.graphqlUrl, DEMO_KEYS.member, "{ cashbillUnitCost { unitCost } }");
    await mustGraphql(gateway.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
      submitId: `${run}-W`,
      cashbills: warmUp.map((k, i) => demoReceipt(k, i)),
    });
    if (!(await subscribers.waitProbe(probe, 20_000)).ok)
      throw new Error("warm-up bulk never completed");

    const cpu = cpuMeter({
      gateway: gateway.pid,
      client: client.pid,
      subscriber: subscribers.pids[0]!,
    });
    const sent = await client.call<GatewayBulkResult>("bulk", {
      graphqlUrl: gateway.graphqlUrl,
      key: DEMO_KEYS.member,
      run,
      bulks: p.bulks,
      perBulk: p.perBulk,
      concurrency: p.concurrency,
    } satisfies GatewayBulkArgs);
    const { startedAt, answeredAt: submittedAt } = sent;
    const mutationMs = submittedAt.map((t, i) => t - sent.sentAt[i]!);
    const got = await subscribers.collect(total, p.timeoutMs);
    if (!got.complete)
      throw new Error(`only ${got.received} of ${total} BULKRESULT events arrived`);
    const cpuMs = cpu();
    // Per bulk: its last BULKRESULT at the subscriber, after its mutation answered (the
    // sandbox's processing time is part of it).
    const settleMs = submittedAt.map((answered, b) => {
      let last = 0;
      for (let i = 0; i < p.perBulk; i++)
        for (const t of got.receiveTimes(b * p.perBulk + i)) last = Math.max(last, t);
      return last - answered;
    });
    // Where the time after each bulk's acceptance went, from the sandbox's log (its clock is
    // the wall clock here): when the gateway first asked for the result, and how long the last
    // event took to reach the subscriber after the gateway's last ask arrived.
    const accepted = new Map<string, number>();
    for (const e of sandbox.requests.list({ host: "popbill", override: "BULKISSUE" }))
      accepted.set(e.headers["x-pb-submit-id"] ?? "", e.time.getTime());
    const asks = new Map<string, number[]>();
    for (const e of sandbox.requests.list({ host: "popbill", path: BULK_STATE_PATH })) {
      const submitId = e.path.split("/")[3] ?? "";
      const times = asks.get(submitId) ?? [];
      times.push(e.time.getTime());
      asks.set(submitId, times);
    }
    const firstAskMs: number[] = [];
    const lastAskToEventMs: number[] = [];
    submittedAt.forEach((answered, b) => {
      const submitId = `${run}-B${b}`;
      const times = asks.get(submitId);
      const at = accepted.get(submitId);
      if (!times?.length || at === undefined) return;
      firstAskMs.push(times[0]! - at);
      lastAskToEventMs.push(answered + settleMs[b]! - times.at(-1)!);
    });
    return {
      ms: got.lastReceivedAt - startedAt,
      submitMs: Math.max(...submittedAt) - startedAt,
      mutationMs: distribution(mutationMs),
      answerToLastEventMs: distribution(settleMs),
      // CPU each process used from the first submit to the last event ("bench" is the
      // sandbox's process); the gateway's per bulk is what bounds its submission rate.
      cpuMs,
      gatewayCpuMsPerBulk: cpuMs.gateway! / p.bulks,
      webhookDeliveries: sandbox.webhooks.deliveries().length,
      bulkResultPolls: sandbox.requests.count({ host: "popbill", path: BULK_STATE_PATH }),
      firstPollAfterAcceptMs: distribution(firstAskMs),
      lastPollToLastEventMs: distribution(lastAskToEventMs),
    };
  } finally {
    // No more webhooks first: the sandbox would otherwise keep posting its backlog to a
    // gateway that is shutting down (thousands of refused connections per run).
    sandbox.webhooks.disable();
    await subscribers?.close();
    await client.stop();
    await gateway.close();
    await sandbox.stop();
  }
}

/** The floor: korbill's bare upstream client in its own process (`workers/floor-client.ts`). */
export async function runFloor(p: BulkParams) {
  const sandbox = await startSandbox({
    settings: p.settings,
    popbillLatencyMs: p.popbillLatencyMs,
  });
  const worker = startWorker("floor-client");
  try {
    const cpu = cpuMeter({ client: worker.pid });
    const processingMs =
      (p.settings.bulkAcceptToProcessingMs ?? 0) +
      (p.settings.bulkProcessingMs ?? 0) +
      (p.settings.bulkPerReceiptMs ?? 0) * p.perBulk;
    const r = await worker.call<FloorResult>("bulk", {
      target: clientTarget(sandbox),
      corpNum: CORP_NUM,
      run: runId("F"),
      bulks: p.bulks,
      perBulk: p.perBulk,
      concurrency: p.concurrency,
      processingMs,
      timeoutMs: p.timeoutMs,
    } satisfies FloorArgs);
    return {
      ms: r.finishedAt - r.startedAt,
      // The sandbox's own time for the work: last acceptance plus one bulk's processing.
      computedMs: r.lastAcceptedAt - r.startedAt + processingMs,
      // No client time at all: one added latency per round of `concurrency` submissions.
      idealMs: Math.ceil(p.bulks / p.concurrency) * p.popbillLatencyMs + processingMs,
      submitMs: r.lastAcceptedAt - r.startedAt,
      polls: r.polls,
      // Unlike korbill's, this includes the floor client's warm-up bulk (it runs inside the
      // same worker call), so it is an upper bound.
      cpuMs: cpu(),
    };
  } finally {
    await worker.stop();
    await sandbox.stop();
  }
}

/** The official SDK in its own process, submitting and polling as its guide says. */
export async function runSdk(p: BulkParams) {
  const sandbox = await startSandbox({
    settings: p.settings,
    popbillLatencyMs: p.popbillLatencyMs,
  });
  const worker = startWorker("popbill-sdk");
  try {
    await worker.call("setup", clientTarget(sandbox));
    const r = await worker.call<SdkBulkResult>("bulk", {
      corpNum: CORP_NUM,
      run: runId("S"),
      bulks: p.bulks,
      perBulk: p.perBulk,
      concurrency: p.concurrency,
      pollMinMs: 2_000,
      pollMaxMs: 5_000,
    } satisfies SdkBulkArgs);
    return {
      ms: r.finishedAt - r.startedAt,
      submitMs: r.lastSubmittedAt - r.startedAt,
      polls: r.polls,
      tokenRequests: sandbox.requests.count({ host: "auth", path: /\/Token$/ }),
    };
  } finally {
    await worker.stop();
    await sandbox.stop();
  }
}
