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
