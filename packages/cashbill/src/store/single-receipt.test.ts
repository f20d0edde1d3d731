import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { ConflictError } from "@korbill/core-domain";
import { coreEventsMigrations, migrate } from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { cashbillMigrations } from "./migrations.js";
import { CashbillStore, type SubmissionRow } from "./store.js";

const CORP = "1234567890";

function submission(submitId: string): Omit<SubmissionRow, "stage"> {
  return {
    corpNum: CORP,
    submitId,
    keyId: "k",
    userId: null,
    state: "RECORDED",
    digest: "d",
    submitCount: 1,
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
  };
}

async function withStore(
  engine: Parameters<typeof openTestDatabase>[0],
  run: (s: CashbillStore) => Promise<void>,
) {
  const opened = await openTestDatabase(engine, [...coreEventsMigrations, ...cashbillMigrations]);
  try {
    await run(new CashbillStore(opened.db, "local"));
  } finally {
    await opened.dispose();
  }
}

describe.each(await testEngines())("single receipts on %s: one mgtKey, one request", (engine) => {
  it("lets exactly one of 8 concurrent requests with different content record; the rest CONFLICT", async () => {
    await withStore(engine, async (store) => {
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.recordReceipt(CORP, "MK-1", `digest-${i}`, 0)),
      );
      const recorded = results.filter((r) => r.status === "fulfilled");
      expect(recorded).toHaveLength(1);
      expect((recorded[0] as PromiseFulfilledResult<unknown>).value).toEqual({ kind: "new" });
      for (const r of results)
        if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    });
  });

  it("takes the same content as a retry while pending and answers it from the record once issued", async () => {
    await withStore(engine, async (store) => {
      expect(await store.recordReceipt(CORP, "MK-2", "same", 0)).toEqual({ kind: "new" });
      expect(await store.recordReceipt(CORP, "MK-2", "same", 1)).toEqual({ kind: "retry" });
      await store.updateReceipt(CORP, "MK-2", { state: "ISSUED", confirmNum: "TB0000001" });
      const again = await store.recordReceipt(CORP, "MK-2", "same", 2);
      expect(again.kind).toBe("issued");
      expect(again.kind === "issued" && again.receipt.confirmNum).toBe("TB0000001");
      await expect(store.recordReceipt(CORP, "MK-2", "other", 3)).rejects.toBeInstanceOf(
        ConflictError,
      );
    });
  });

  it("frees a refused receipt's key, whatever its case, for a new request", async () => {
    await withStore(engine, async (store) => {
      await store.recordReceipt(CORP, "MK-3", "first", 0);
      await store.forgetPendingReceipt(CORP, "MK-3");
      expect(await store.recordReceipt(CORP, "mk-3", "second", 1)).toEqual({ kind: "new" });
    });
  });

  it("refuses a bulk's mgtKey for a single receipt", async () => {
    await withStore(engine, async (store) => {
      await store.recordSubmission(submission("S-1"), "{}", ["MK-4"], 0);
      await expect(store.recordReceipt(CORP, "MK-4", "x", 1)).rejects.toBeInstanceOf(ConflictError);
    });
  });
});

describe.each(await testEngines())("mgtKey and SubmitID case on %s: one key", (engine) => {
  it("refuses keys differing only in case across bulks and single receipts", async () => {
    await withStore(engine, async (store) => {
      await store.recordSubmission(submission("sub-case"), "{}", ["dupc"], 0);
      await expect(
        store.recordSubmission(submission("sub-case-2"), "{}", ["DUPC"], 0),
      ).rejects.toThrow(/mgtKey already used.*DUPC/);
      await expect(
        store.recordSubmission(submission("SUB-CASE"), "{}", ["other"], 0),
      ).rejects.toThrow(/submitId SUB-CASE was already used/);
      await expect(store.recordReceipt(CORP, "Dupc", "x", 0)).rejects.toBeInstanceOf(ConflictError);
      // Nothing of the refused submissions was recorded.
      expect(await store.submission(CORP, "sub-case-2")).toBeUndefined();
      expect(await store.receipt(CORP, "other")).toBeUndefined();
      // The key is kept exactly as given.
      expect((await store.receipt(CORP, "dupc"))?.mgtKey).toBe("dupc");
    });
  });

  it("migrates a database that already holds dupc and DUPC, and refuses a third spelling", async () => {
    const before = cashbillMigrations.filter((m) => m.name !== "cashbill/0005-case-folded-keys");
    const opened = await openTestDatabase(engine, [...coreEventsMigrations, ...before]);
    try {
      for (const [key, submitId] of [
        ["dupc", "old-1"],
        ["DUPC", "OLD-1"],
      ] as const) {
        await sql`insert into cashbill_submissions (stage, corp_num, submit_id, key_id, state,
          digest, submit_count, attempts, next_check_at, created_at, updated_at)
          values ('local', ${CORP}, ${submitId}, 'k', 'COMPLETED', 'd', 1, 0, 0, 0, 0)`.execute(
          opened.db,
        );
        await sql`insert into cashbill_receipts (stage, corp_num, mgt_key, submit_id, state, updated_at)
          values ('local', ${CORP}, ${key}, ${submitId}, 'ISSUED', 0)`.execute(opened.db);
      }
      const applied = await migrate(opened.db, engine, [
        ...coreEventsMigrations,
        ...cashbillMigrations,
      ]);
      expect(applied).toEqual(["cashbill/0005-case-folded-keys"]);
      const store = new CashbillStore(opened.db, "local");
      await expect(store.recordReceipt(CORP, "DupC", "x", 0)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.recordSubmission(submission("Old-1"), "{}", ["fresh"], 0)).rejects.toThrow(
        /submitId/,
      );
      expect(await store.receipt(CORP, "DUPC")).toBeDefined();
    } finally {
      await opened.dispose();
    }
  });
});
