import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { encodeCursor } from "@korbill/core-events";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import {
  BULK_MUTATION,
  type CashbillEventOut,
  countByType,
  demoReceipt,
  recordEvents,
  waitUntil,
} from "./cashbill-helpers.js";
import { TEST_WEBHOOK_AUTH, externalSandboxEnv } from "./harness.js";
import { type GatewayProcess, postGraphql, spawnGateway } from "./processes.js";

const CORP = "1234567890";

describe("crash run: the gateway process is killed mid-run and restarted", () => {
  let sandbox: Sandbox;
  const procs: GatewayProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-crash-"));
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill("SIGKILL")));
    await sandbox?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("loses nothing, issues nothing twice, and a resuming subscriber gets every event once", async () => {
    sandbox = createSandbox({
      settings: {
        filingSchedule: "fast",
        fastFilingMs: 1_500,
        bulkAcceptToProcessingMs: 200,
        bulkProcessingMs: 1_500,
      },
    });
    const urls = await sandbox.start();
    const env = {
      ...externalSandboxEnv(urls),
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_FILING_CHECK_MS: "1000",
    };
    const start = async () => {
      const p = await spawnGateway(env);
      procs.push(p);
      sandbox.webhooks.configure({ url: `${p.url}/webhooks/popbill`, basic: TEST_WEBHOOK_AUTH });
      return p;
    };
    const subscribe = (p: GatewayProcess, after: string | null) =>
      recordEvents(
        createClient({
          url: p.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${DEMO_KEYS.member}` },
          retryAttempts: 0,
        }),
        after,
      );

    let gw = await start();
    // From the start of the (fresh) log: no event is missed however late the subscription
    // reaches the gateway.
    const first = subscribe(gw, encodeCursor(0));

    // The client submits 10 bulks one after another and retries a submission whose answer it
    // did not get with the same SubmitID: CONFLICT then means korbill had recorded it.
    const all = Array.from({ length: 10 }, (_, b) => ({
      submitId: `CR-B${b}`,
      cashbills: Array.from({ length: 100 }, (_, i) => demoReceipt(`CR-${b}-${i}`, i)),
    }));
    let killedAt = -1;
    for (let b = 0; b < all.length; b++) {
      for (;;) {
        if (b === 4 && killedAt < 0) {
          // The subscriber needs a cursor to resume from: wait for its first event.
          await waitUntil(
            () => first.events.length > 0,
            30_000,
            () => "no event before the crash",
          );
          // Kill -9 while bulk 4 is in flight, then restart on the same database.
          const inFlight = postGraphql(
            gw.graphqlUrl,
            DEMO_KEYS.member,
            BULK_MUTATION,
            all[b],
          ).catch(() => null);
          // A moment for the request to reach the gateway; whether the kill lands before, during
          // or after korbill records the bulk, the retry below must end the same way.
          await new Promise((r) => setTimeout(r, 5));
          killedAt = Date.now();
          await gw.kill("SIGKILL");
          await inFlight;
          gw = await start();
          continue;
        }
        const r = await postGraphql(gw.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, all[b]).catch(
          () => null,
        );
        const code = r?.errors?.[0]?.extensions?.code;
        if (r && (!r.errors || code === "CONFLICT")) break;
        await new Promise((res) => setTimeout(res, 200));
      }
    }
    expect(killedAt).toBeGreaterThan(0);

    // Resume on the new process after the last cursor the first subscriber saw.
    const seen: CashbillEventOut[] = [...first.events];
    const last = seen.at(-1)?.cursor ?? null;
    const resumed = subscribe(gw, last);
    const everything = () => [...seen, ...resumed.events];
    const keys = all.flatMap((b) => b.cashbills.map((c) => c.mgtKey)).sort();
    await waitUntil(
      () => {
        const c = countByType(everything());
        return (c.BULKRESULT ?? 0) >= 1000 && (c.NTS_FILED ?? 0) + (c.NTS_FAILED ?? 0) >= 1000;
      },
      150_000,
      () => JSON.stringify(countByType(everything())),
    );
    // A duplicate would come after the expected count: a second to show one (a quiet period,
    // no wait for a condition; on a slow machine it can only miss a duplicate, never fail).
    await new Promise((r) => setTimeout(r, 1_000));
    const events = everything();
    expect(new Set(events.map((e) => e.cursor)).size).toBe(events.length);
    expect(
      events
        .filter((e) => e.type === "BULKRESULT")
        .map((e) => e.mgtKey)
        .sort(),
    ).toEqual(keys);
    expect(
      events
        .filter((e) => e.type.startsWith("NTS_"))
        .map((e) => e.mgtKey)
        .sort(),
    ).toEqual(keys);
    for (const k of keys) expect(sandbox.cashbill.issuanceCount(CORP, k)).toBe(1);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
    resumed.dispose();
  }, 240_000);
});
