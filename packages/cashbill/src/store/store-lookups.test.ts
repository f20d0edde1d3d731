import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { coreEventsMigrations } from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { cashbillMigrations } from "./migrations.js";
import { CashbillStore } from "./store.js";

const CORP = "1234567890";
const OTHER = "9876543210";
const hasPostgres = (await testEngines()).includes("postgres");

// Every POPBiLL webhook of a bulk looks up its receipt: on PostgreSQL the lookups waiting at
// once share one query (one round trip for a burst of webhooks, not one each).
describe.runIf(hasPostgres)("CashbillStore receipt lookups on PostgreSQL", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: CashbillStore;
  let statements = 0;

  beforeEach(async () => {
    opened = await openTestDatabase("postgres", [...coreEventsMigrations, ...cashbillMigrations]);
    const writer = new CashbillStore(opened.db, "local");
    for (const corpNum of [CORP, OTHER])
      await writer.recordSubmission(
        {
          corpNum,
          submitId: `S-${corpNum}`,
          keyId: "k",
          userId: null,
          state: "RECORDED",
          digest: "d",
          submitCount: 20,
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
        Array.from({ length: 20 }, (_, i) => `${corpNum}-K${i}`),
        0,
      );
    // A Kysely of its own (its own executor), every statement it runs counted.
    const db = opened.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => args.result,
    });
    const executor = db.getExecutor();
    const execute = executor.executeQuery.bind(executor);
    executor.executeQuery = ((...args: Parameters<typeof execute>) => {
      statements++;
      return execute(...args);
    }) as typeof executor.executeQuery;
    store = new CashbillStore(db, "local");
    statements = 0;
  });
  afterEach(() => opened.dispose());

  it("answers concurrent lookups with one query per member, each with its own receipt", async () => {
    const asked = [
      ...Array.from({ length: 20 }, (_, i) => [CORP, `${CORP}-K${i}`] as const),
      [CORP, "NOT-THERE"] as const,
      [CORP, `${CORP}-K1\nK2`] as const, // upstream text: no key of its own
      [CORP, `${OTHER}-K3`] as const, // another member's key: not this member's receipt
      [OTHER, `${OTHER}-K3`] as const,
      [CORP, `${CORP}-K5`] as const, // asked twice
    ];
    const rows = await Promise.all(asked.map(([c, k]) => store.receipt(c, k)));
    expect(statements).toBeLessThanOrEqual(2);
    rows.forEach((row, i) => {
      const [corpNum, mgtKey] = asked[i]!;
      if (
        mgtKey === "NOT-THERE" ||
        mgtKey.includes("\n") ||
        (corpNum === CORP && mgtKey.startsWith(OTHER))
      )
        expect(row).toBeUndefined();
      else expect(row).toMatchObject({ corpNum, mgtKey, submitId: `S-${corpNum}` });
    });
    // A lookup alone still answers, and one inside a transaction reads that transaction.
    expect(await store.receipt(CORP, `${CORP}-K1`)).toMatchObject({ mgtKey: `${CORP}-K1` });
    await opened.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("cashbillReceipts" as never)
        .set({ state: "ISSUED" } as never)
        .where("mgtKey" as never, "=", `${CORP}-K2` as never)
        .execute();
      expect(
        (await store.within(trx as unknown as Kysely<unknown>).receipt(CORP, `${CORP}-K2`))?.state,
      ).toBe("ISSUED");
    });
  });

  it("answers every lookup when more wait than one query takes", async () => {
    const first = store.receipt(CORP, `${CORP}-K0`);
    await new Promise((resolve) => setImmediate(resolve)); // its query is running
    const many = await Promise.all(
      Array.from({ length: 1_200 }, (_, i) => store.receipt(CORP, `${CORP}-K${i % 20}`)),
    );
    expect((await first)?.mgtKey).toBe(`${CORP}-K0`);
    many.forEach((row, i) => expect(row?.mgtKey).toBe(`${CORP}-K${i % 20}`));
  });
});
