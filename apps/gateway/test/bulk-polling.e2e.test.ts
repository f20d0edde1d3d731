import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoBulk } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const CORP = "1234567890";
const STATE_PATH = /^\/Cashbill\/BULK\/(.+)\/State$/;

/** The GetBulkResult calls the sandbox received, per SubmitID, as sandbox times (ms). */
function pollsBySubmission(sandbox: Sandbox): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of sandbox.requests.list({ host: "popbill", method: "GET", path: STATE_PATH })) {
    const id = decodeURIComponent(STATE_PATH.exec(r.path)![1]!);
    out.set(id, [...(out.get(id) ?? []), r.time.getTime()]);
  }
  return out;
}

describe("GetBulkResult polling as POPBiLL asks (real gateway, real sandbox)", () => {
  let sandbox: Sandbox | undefined;
  let t: TestGateway | undefined;
  afterEach(async () => {
    await t?.close();
    await sandbox?.stop();
  });

  for (const webhooks of [true, false]) {
    it(`never sends two GetBulkResult of one submission within 2 s (webhooks ${webhooks ? "on" : "off"})`, async () => {
      // Bulks stay open ~4 s, so the first poll misses and later ones (and, with webhooks on,
      // the BULKRESULT doorbells of 100 receipts each) meet the 2 s rule.
      sandbox = createSandbox({
        settings: { bulkAcceptToProcessingMs: 500, bulkProcessingMs: 3_500 },
      });
      await sandbox.start();
      t = await startTestGateway({}, { sandbox, webhooks });
      const ids = ["PG-A", "PG-B", "PG-C"];
      const replies = await Promise.all(
        ids.map((submitId) =>
          t!.gql(BULK_MUTATION, { submitId, cashbills: demoBulk(submitId, 100) }, DEMO_KEYS.member),
        ),
      );
      for (const r of replies) expect(r.body.errors).toBeUndefined();
      const keys = ids.flatMap((id) => demoBulk(id, 100).map((c) => c.mgtKey));
      const completed = async () => {
        const r = await Promise.all(
          ids.map((id) =>
            t!.gql<{ bulkSubmission: { state: string } }>(
              `{ bulkSubmission(submitId: "${id}") { state } }`,
              {},
              DEMO_KEYS.member,
            ),
          ),
        );
        return r.every((x) => x.body.data?.bulkSubmission.state === "COMPLETED");
      };
      const deadline = Date.now() + 60_000;
      while (!(await completed())) {
        if (Date.now() > deadline)
          throw new Error(
            `bulks not completed: ${JSON.stringify([...pollsBySubmission(sandbox)])}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const k of keys) expect(sandbox.cashbill.issuanceCount(CORP, k)).toBe(1);
      const polls = pollsBySubmission(sandbox);
      expect([...polls.keys()].sort()).toEqual(ids);
      for (const [id, times] of polls) {
        const gaps = times.slice(1).map((at, i) => at - times[i]!);
        expect(
          gaps.every((g) => g >= 2_000),
          `${id}: gaps ${gaps.join(", ")} ms`,
        ).toBe(true);
      }
    }, 90_000);
  }
});
