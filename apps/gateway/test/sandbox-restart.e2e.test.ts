import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoReceipt } from "./cashbill-helpers.js";
import { type GatewayProcess, postGraphql, spawnGateway } from "./processes.js";

const CORP = "1234567890";
const STATE = `query($submitId: String!) {
  bulkSubmission(submitId: $submitId) { state results { mgtKey success confirmNum } }
}`;

interface BulkView {
  bulkSubmission: {
    state: string;
    results: { mgtKey: string; success: boolean; confirmNum: string | null }[] | null;
  };
}

/** The embedded sandbox's auth host, as the gateway prints it. */
function authUrlOf(gateway: GatewayProcess): string {
  const m = /authUrl\s+(http:\/\/\S+)/.exec(gateway.output.join(""));
  if (!m) throw new Error(`no sandbox URL printed:\n${gateway.output.join("")}`);
  return m[1]!;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > ms)
      throw new Error(`timed out after ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("local stage: the embedded sandbox's state survives kill -9", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-sbstate-"));
  const procs: GatewayProcess[] = [];
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill("SIGKILL")));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async () => {
    const p = await spawnGateway({
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_DATABASE_URL: "",
      KORBILL_SANDBOX_TIMING: "demo",
    });
    procs.push(p);
    return p;
  };

  it("a bulk submitted just before a kill -9 completes after the restart, one receipt per row", async () => {
    let gw = await start();
    const submitId = "RESTART-B1";
    const cashbills = Array.from({ length: 20 }, (_, i) => demoReceipt(`RS-${i}`, i));
    const submitted = await postGraphql(gw.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
      submitId,
      cashbills,
    });
    expect(submitted.errors).toBeUndefined();
    const before = await postGraphql<BulkView>(gw.graphqlUrl, DEMO_KEYS.member, STATE, {
      submitId,
    });
    // Not completed yet (the sandbox takes 3 s): no per-receipt results before COMPLETED.
    expect(before.data?.bulkSubmission.state).not.toBe("COMPLETED");
    expect(before.data?.bulkSubmission.results).toBeNull();
    await gw.kill("SIGKILL");

    gw = await start();
    const after = await until(
      () => postGraphql<BulkView>(gw.graphqlUrl, DEMO_KEYS.member, STATE, { submitId }),
      (r) => r.data?.bulkSubmission.state === "COMPLETED",
      60_000,
    );
    const results = after.data!.bulkSubmission.results!;
    expect(results.map((r) => r.mgtKey).sort()).toEqual(cashbills.map((c) => c.mgtKey).sort());
    expect(results.every((r) => r.success && r.confirmNum)).toBe(true);

    const control = await fetch(`${authUrlOf(gw)}/__sandbox/cashbill/issuances?corpNum=${CORP}`);
    const issued = (await control.json()) as {
      total: number;
      issuances: { mgtKey: string; count: number }[];
      duplicates: unknown[];
    };
    expect(issued.total).toBe(20);
    expect(issued.issuances.every((i) => i.count === 1)).toBe(true);
    expect(issued.duplicates).toEqual([]);

    // The same through an orderly stop (SIGTERM), with the first bulk's receipts kept.
    const second = Array.from({ length: 5 }, (_, i) => demoReceipt(`RS2-${i}`, i));
    const again = await postGraphql(gw.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
      submitId: "RESTART-B2",
      cashbills: second,
    });
    expect(again.errors).toBeUndefined();
    await gw.kill("SIGTERM");
    gw = await start();
    await until(
      () =>
        postGraphql<BulkView>(gw.graphqlUrl, DEMO_KEYS.member, STATE, { submitId: "RESTART-B2" }),
      (r) => r.data?.bulkSubmission.state === "COMPLETED",
      60_000,
    );
    const finalCounts = (await (
      await fetch(`${authUrlOf(gw)}/__sandbox/cashbill/issuances?corpNum=${CORP}`)
    ).json()) as { total: number; duplicates: unknown[] };
    expect(finalCounts).toMatchObject({ total: 25, duplicates: [] });
  }, 120_000);
});
