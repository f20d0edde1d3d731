import { sql } from "kysely";
import { isDatabaseUnavailable } from "./errors.js";
import type { KorbillMigration } from "./migrations.js";
import type { KorbillDatabase } from "./open.js";

/** What a readiness probe says about the database. */
export interface DatabaseHealth {
  status: "up" | "down";
  engine: string;
  /** Every migration this build knows is applied. */
  migrated?: boolean;
  /** Why it is down, in words that name no host or secret. */
  reason?: string;
}

/**
 * Checks that the database answers within `timeoutMs` and carries every migration of
 * `migrations`. One check runs at a time per database: probes that arrive while one waits
 * share its answer, so a hung server cannot fill the pool with probe queries.
 */
export function databaseHealthCheck(
  database: KorbillDatabase,
  migrations: readonly KorbillMigration[],
  timeoutMs = 2_000,
): () => Promise<DatabaseHealth> {
  const expected = migrations.map((m) => m.name);
  let running: Promise<DatabaseHealth> | null = null;
  const query = async (): Promise<DatabaseHealth> => {
    const rows = await sql<{ name: string }>`select name from korbill_migrations`.execute(
      database.db,
    );
    const applied = new Set(rows.rows.map((r) => r.name));
    const migrated = expected.every((name) => applied.has(name));
    return {
      status: migrated ? "up" : "down",
      engine: database.engine,
      migrated,
      ...(migrated ? {} : { reason: "migrations pending" }),
    };
  };
  return async () => {
    running ??= query()
      .catch((error: unknown): DatabaseHealth => ({
        status: "down",
        engine: database.engine,
        reason: isDatabaseUnavailable(error) ? "unreachable" : "query failed",
      }))
      .finally(() => (running = null));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<DatabaseHealth>((resolve) => {
      timer = setTimeout(() => {
        resolve({
          status: "down",
          engine: database.engine,
          reason: `no answer in ${timeoutMs} ms`,
        });
      }, timeoutMs);
    });
    try {
      return await Promise.race([running, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
