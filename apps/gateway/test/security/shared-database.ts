import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { TEST_POSTGRES_URL, testSchemaName } from "@korbill/core-events/testing";

/**
 * One database that several gateways and CLI runs can share: a data directory of its own
 * (SQLite) or a PostgreSQL schema of its own. `env` selects it; `drop()` removes it.
 */
export function isolatedDatabase(engine: string) {
  const dir = mkdtempSync(join(tmpdir(), "korbill-shared-"));
  const schema = testSchemaName();
  const env: Record<string, string> =
    engine === "postgres"
      ? {
          KORBILL_DATA_DIR: dir,
          KORBILL_DATABASE_URL: TEST_POSTGRES_URL,
          KORBILL_DATABASE_SCHEMA: schema,
        }
      : { KORBILL_DATA_DIR: dir, KORBILL_DATABASE_URL: "", KORBILL_DATABASE_SCHEMA: "" };
  return {
    env,
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      if (engine !== "postgres") return;
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** Polls `cond` until it holds; throws after `ms`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error(`condition not met in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
