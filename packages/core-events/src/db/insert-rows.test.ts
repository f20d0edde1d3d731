import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { executeCached, insertRows } from "./insert-rows.js";
import type { KorbillMigration } from "./migrations.js";
import { openTestDatabase, testEngines } from "../testing/databases.js";

const items: KorbillMigration = {
  name: "test/0001-items",
  async up(db) {
    await db.schema
      .createTable("insert_items")
      .addColumn("item_key", "text", (c) => c.primaryKey())
      .addColumn("amount", "bigint", (c) => c.notNull())
      .addColumn("note", "text")
      .execute();
  },
};

for (const engine of await testEngines()) {
  describe(`insertRows on ${engine}`, () => {
    let opened: Awaited<ReturnType<typeof openTestDatabase>>;
    beforeEach(async () => {
      opened = await openTestDatabase(engine, [items]);
    });
    afterEach(() => opened.dispose());

    const all = async () =>
      (
        await sql<{
          itemKey: string; // CamelCasePlugin renames result columns
          amount: number | string;
          note: string | null;
        }>`select item_key, amount, note from insert_items order by amount`.execute(opened.db)
      ).rows.map((r) => ({ ...r, amount: Number(r.amount) }));

    it("inserts every row with its values, across several statements, nulls and quotes included", async () => {
      const rows = Array.from({ length: 450 }, (_, i) => [
        `k${i}`,
        i,
        i % 3 === 0 ? null : `it's ${i}`,
      ]);
      await insertRows(opened.db, "insert_items", ["item_key", "amount", "note"], rows);
      const stored = await all();
      expect(stored).toHaveLength(450);
      expect(stored[0]).toEqual({ itemKey: "k0", amount: 0, note: null });
      expect(stored[449]).toEqual({ itemKey: "k449", amount: 449, note: "it's 449" });
    });

    it("runs inside a transaction and rolls back with it", async () => {
      await expect(
        opened.db.transaction().execute(async (trx) => {
          await insertRows(trx, "insert_items", ["item_key", "amount"], [["a", 1]]);
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      expect(await all()).toEqual([]);
    });

    it("runs cached SQL with each engine's placeholders, and refuses a placeholder count that does not match", async () => {
      await insertRows(
        opened.db,
        "insert_items",
        ["item_key", "amount"],
        [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
      );
      const select = (min: number, max: number) =>
        executeCached<{ itemKey: string }>(
          opened.db,
          "test|between",
          [min, max],
          (next) =>
            `select item_key from insert_items where amount >= ${next()} and amount <= ${next()} order by amount`,
        );
      expect((await select(2, 3)).map((r) => r.itemKey)).toEqual(["b", "c"]);
      expect((await select(1, 1)).map((r) => r.itemKey)).toEqual(["a"]); // same text, reused
      await expect(
        executeCached(opened.db, "test|short", [1, 2], (next) => `select ${next()} as x`),
      ).rejects.toThrow(/1 placeholders for 2 values/);
    });

    it("keeps a statement in use built while 512 others pass through its cache", async () => {
      let builds = 0;
      const hot = () =>
        executeCached(opened.db, "test|hot", [1], (next) => {
          builds++;
          return `select ${next()} as x`;
        });
      await hot();
      for (let i = 0; i < 600; i++) {
        await executeCached(opened.db, `test|cold|${i}`, [i], (next) => `select ${next()} as x`);
        if (i % 100 === 0) await hot();
      }
      await hot();
      expect(builds).toBe(1);
    });

    it("refuses a row whose width does not match the columns, before sending anything", async () => {
      await expect(
        insertRows(opened.db, "insert_items", ["item_key", "amount"], [["a", 1], ["b"]]),
      ).rejects.toThrow(/a row has 1 values for 2 columns/);
      expect(await all()).toEqual([]);
    });
  });
}
