import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { sql } from "kysely";
import { coreEventsMigrations, migrate } from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { cashbillMigrations } from "./migrations.js";
import { CashbillStore } from "./store.js";

const CORP = "1234567890";

describe("CashbillStore on SQLite: query plans", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: CashbillStore;
  const seen: RootOperationNode[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => (seen.push(args.node), args.node),
    transformResult: async (args) => args.result,
  };

  beforeEach(async () => {
    opened = await openTestDatabase("sqlite", [...coreEventsMigrations, ...cashbillMigrations]);
    store = new CashbillStore(opened.db.withPlugin(capture), "local");
    // 30 submissions of 100 receipts: enough rows that a scan and an index lookup differ.
    for (let s = 0; s < 30; s++) {
      await store.recordSubmission(
        {
          corpNum: CORP,
          submitId: `S${s}`,
          keyId: "k",
          userId: null,
          state: "RECORDED",
          digest: "d",
          submitCount: 100,
          receiptId: null,
          txState: null,
          successCount: null,
          failCount: null,
          errorCode: null,
          errorMessage: null,
          attempts: 0,
          nextCheckAt: 0,
          lastPollAt: null,
          createdAt: 0,
          updatedAt: 0,
          completedAt: null,
        },
        "{}",
        Array.from({ length: 100 }, (_, i) => `K${s}-${String(i).padStart(3, "0")}`),
        0,
      );
    }
  });
  afterEach(() => opened.dispose());

  it("lists a submission's receipts in order through the submission index, not by scanning the member", async () => {
    seen.length = 0;
    const rows = await store.receiptsOf(CORP, "S7");
    expect(rows.map((r) => r.mgtKey)).toEqual(
      Array.from({ length: 100 }, (_, i) => `K7-${String(i).padStart(3, "0")}`),
    );
    const compiled = opened.db.getExecutor().compileQuery(seen[0]!, { queryId: "plan" });
    const detail = await explain(opened, compiled.sql, compiled.parameters);
    expect(detail).toContain("USING INDEX cashbill_receipts_submission");
    expect(detail).not.toContain("TEMP B-TREE"); // no sort: the index gives mgtKey order
  });
});

describe.each(await testEngines())(
  "cashbill/0003 on %s: bodies move to their own table",
  (engine) => {
    it("keeps every recorded body, readable by submissionBody, and drops the column", async () => {
      const before = cashbillMigrations.filter((m) => m.name !== "cashbill/0003-submission-bodies");
      expect(before).toHaveLength(cashbillMigrations.length - 1);
      const opened = await openTestDatabase(engine, [...coreEventsMigrations, ...before]);
      try {
        for (const id of ["S1", "S2"]) {
          await sql`insert into cashbill_submissions (stage, corp_num, submit_id, key_id, state,
          body, digest, submit_count, attempts, next_check_at, created_at, updated_at)
          values ('local', ${CORP}, ${id}, 'k', 'SUBMITTED', ${`{"id":"${id}"}`}, 'd', 1, 0, 0, 0, 0)`.execute(
            opened.db,
          );
        }
        const applied = await migrate(opened.db, engine, [
          ...coreEventsMigrations,
          ...cashbillMigrations,
        ]);
        expect(applied).toEqual(["cashbill/0003-submission-bodies"]);
        const store = new CashbillStore(opened.db, "local");
        expect(await store.submissionBody(CORP, "S1")).toBe('{"id":"S1"}');
        expect(await store.submissionBody(CORP, "S2")).toBe('{"id":"S2"}');
        expect(await store.submissionBody(CORP, "S3")).toBeUndefined();
        const row = await store.submission(CORP, "S1");
        expect(row?.state).toBe("SUBMITTED");
        expect(row).not.toHaveProperty("body");
      } finally {
        await opened.dispose();
      }
    });
  },
);

/** SQLite's plan for one compiled statement. */
async function explain(
  opened: Awaited<ReturnType<typeof openTestDatabase>>,
  text: string,
  parameters: readonly unknown[],
): Promise<string> {
  const { rows } = await opened.db.executeQuery<{ detail: string }>({
    sql: `explain query plan ${text}`,
    parameters,
    query: { kind: "RawNode" } as never,
    queryId: { queryId: "plan" },
  });
  return rows.map((r) => r.detail).join("; ");
}
