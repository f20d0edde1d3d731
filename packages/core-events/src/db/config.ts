import { join, resolve } from "node:path";

/** Which engine a korbill database runs on. */
export type DatabaseEngine = "sqlite" | "postgres";

/** Where the database lives: a SQLite file (the embedded default) or a PostgreSQL URL. */
export interface DatabaseConfig {
  engine: DatabaseEngine;
  /** SQLite: file path (or `:memory:`). PostgreSQL: connection URL. */
  location: string;
  /** PostgreSQL only: a schema to create and use (isolates tests and stages). */
  schema?: string;
  /** Where the location came from (an environment variable), named in connection errors. */
  source?: string;
}

/**
 * Reads the database settings: `KORBILL_DATABASE_URL=postgres://...` selects PostgreSQL,
 * `sqlite:/path/file.db` or nothing selects SQLite under `dataDir` (`<dataDir>/korbill-<stage>.db`,
 * so stages never share rows).
 */
export function databaseConfigFromUrl(
  url: string | undefined,
  opts: { dataDir: string; stage: string; schema?: string },
): DatabaseConfig {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    return {
      engine: "postgres",
      location: url,
      schema: opts.schema,
      source: "KORBILL_DATABASE_URL",
    };
  }
  if (url && url.startsWith("sqlite:")) {
    return { engine: "sqlite", location: resolve(url.slice("sqlite:".length)) };
  }
  if (url) {
    throw new Error(
      `KORBILL_DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got "${url.split(":")[0]}:...")`,
    );
  }
  return { engine: "sqlite", location: join(resolve(opts.dataDir), `korbill-${opts.stage}.db`) };
}
