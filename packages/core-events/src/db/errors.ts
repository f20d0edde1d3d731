/**
 * True for a unique or primary-key violation, on either engine: PostgreSQL's SQLSTATE 23505
 * (node-postgres `code`), SQLite's extended result codes (better-sqlite3 `code`). Kysely passes
 * driver errors through unchanged.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "SQLITE_CONSTRAINT_UNIQUE"
  );
}

/** Socket errors of a database connection that went away or never came. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * node-postgres's own messages for a connection lost or not obtained (it gives these errors
 * no code): the server closed the socket, the pool waited too long for a connection.
 */
const LOST_CONNECTION_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
  "Cannot use a pool after calling end on the pool",
];

/**
 * True when a query failed because the database could not be reached or dropped the
 * connection (a failover, a restart, `pg_terminate_backend`, `idle_session_timeout`), as
 * opposed to a fault of the query itself: SQLSTATE classes 08 (connection exception) and
 * 57P01-57P03 (admin / crash shutdown, cannot connect now), socket errors and
 * node-postgres's connection messages. Follows `cause` chains (Kysely and korbill wrap).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string") {
      if (code.startsWith("08") || /^57P0[1-3]$/.test(code) || SOCKET_CODES.has(code)) return true;
    }
    if (typeof message === "string" && LOST_CONNECTION_MESSAGES.some((m) => message.includes(m)))
      return true;
    e = cause;
  }
  return false;
}
