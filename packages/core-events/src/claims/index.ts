import type { KorbillDatabase } from "../db/open.js";
import { LocalClaims, type WorkClaims } from "./claims.js";
import { PostgresClaims } from "./postgres.js";

export { type ClaimsStatus, LocalClaims, type WorkClaims } from "./claims.js";
export { PostgresClaims, type PostgresClaimsOptions, advisoryLockId } from "./postgres.js";

/**
 * The claims for a database: advisory locks on PostgreSQL (several instances), in-process on
 * SQLite (one instance).
 */
export function createWorkClaims(
  database: KorbillDatabase,
  options: { onError?: (error: Error) => void } = {},
): WorkClaims {
  if (database.engine === "sqlite") return new LocalClaims();
  return new PostgresClaims({
    connectionString: database.config.location,
    namespace: database.config.schema ?? "public",
    onError: options.onError,
  });
}
