import { describe, expect, it } from "vitest";
import pg from "pg";
import type { KorbillMigration } from "./migrations.js";
import { openDatabase } from "./open.js";
import {
  TEST_POSTGRES_URL,
  openTestDatabase,
  testEngines,
  testSchemaName,
} from "../testing/databases.js";

const notes: KorbillMigration = {
  name: "race/0001-notes",
  async up(db) {
    await db.schema
      .createTable("notes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .execute();
  },
};

const engines = await testEngines();

describe.runIf(engines.includes("postgres"))(
  "migrations on PostgreSQL beside other schemas",
  () => {
    it(
      "migrate while other processes create and drop schemas in the same database",
      { timeout: 60_000 },
      async () => {
        // Another "process": schemas with a table appear and vanish as fast as it can.
        const churn = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await churn.connect();
        let stop = false;
        const churning = (async () => {
          while (!stop) {
            const name = testSchemaName();
            await churn.query(`create schema ${name}; create table ${name}.x (id int)`);
            await churn.query(`drop schema ${name} cascade`);
          }
        })();
        try {
          for (let i = 0; i < 40; i++) {
            const opened = await openTestDatabase("postgres", [notes]);
            expect(opened.applied).toEqual(["race/0001-notes"]);
            await opened.dispose();
          }
        } finally {
          stop = true;
          await churning;
          await churn.end();
        }
      },
    );

    it("migrate one schema while another schema's migration is still running", async () => {
      // Another test file (or deployment) migrating its own schema slowly must not hold this
      // one up: the migration lock is per schema (Kysely's own is one lock per database).
      let finishSlow!: () => void;
      let slowStarted!: () => void;
      const started = new Promise<void>((resolve) => (slowStarted = resolve));
      const slow: KorbillMigration = {
        name: "race/0001-slow",
        async up() {
          slowStarted();
          await new Promise<void>((resolve) => (finishSlow = resolve));
        },
      };
      const first = openTestDatabase("postgres", [slow]);
      await started;
      try {
        const second = await Promise.race([
          openTestDatabase("postgres", [notes]),
          first.then(() => null), // resolves only once the slow migration was let go
        ]);
        expect(second?.applied).toEqual(["race/0001-notes"]);
        await second?.dispose();
      } finally {
        finishSlow();
        await (await first).dispose();
      }
    });

    it("migrate one schema from two openers at once: each migration applied once", async () => {
      const schema = testSchemaName();
      const config = { engine: "postgres" as const, location: TEST_POSTGRES_URL, schema };
      const opened = await Promise.all([
        openDatabase(config, [notes]),
        openDatabase(config, [notes]),
      ]);
      expect(opened.flatMap((o) => o.applied)).toEqual(["race/0001-notes"]);
      await Promise.all(opened.map((o) => o.close()));
    });

    it(
      "migrate while other processes create and drop tables in their own schemas",
      { timeout: 60_000 },
      async () => {
        // What failed hometax's tests: another test file's tables vanishing (its schema being
        // dropped) while this one migrates, reported as `relation "t_….x" does not exist`.
        const schema = testSchemaName();
        const churn = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await churn.connect();
        await churn.query(`create schema ${schema}`);
        let stop = false;
        const columns = Array.from({ length: 20 }, (_, i) => `c${i} int`).join(", ");
        const churning = (async () => {
          while (!stop) {
            await churn.query(
              `create table ${schema}.a (id serial, ${columns}); ` +
                `create table ${schema}.b (id serial, ${columns})`,
            );
            await churn.query(`drop table ${schema}.a, ${schema}.b`);
          }
        })();
        try {
          for (let i = 0; i < 40; i++) {
            const opened = await openTestDatabase("postgres", [notes]);
            expect(opened.applied).toEqual(["race/0001-notes"]);
            await opened.dispose();
          }
        } finally {
          stop = true;
          await churning;
          await churn.query(`drop schema ${schema} cascade`);
          await churn.end();
        }
      },
    );
  },
);
