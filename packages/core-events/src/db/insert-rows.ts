import { CompiledQuery, type Kysely, PostgresAdapter } from "kysely";
import { LRUCache } from "lru-cache";

/** Rows per INSERT: 200 rows of 9 values stay far below both engines' parameter limits. */
const CHUNK_ROWS = 200;
/** SQL texts by key; the least recently used goes first when full. */
const texts = new LRUCache<string, string>({ max: 512 });

/**
 * Multi-row INSERT of plain values into `table`, bypassing Kysely's query builder. Building
 * and compiling the syntax tree of a 100-row insert (a bulk's receipts, its 100 events) cost
 * several times the insert itself; here the SQL text depends only on the table, the columns
 * and the row count, so it is built once and the prepared statement is reused as well.
 *
 * Names are written as given (snake_case, as stored; no CamelCasePlugin here) and must be
 * trusted identifiers. Values are bound parameters, `?` on SQLite and `$n` on PostgreSQL.
 */
export async function insertRows(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CHUNK_ROWS);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      if (row.length !== columns.length)
        throw new Error(
          `insertRows(${table}): a row has ${row.length} values for ${columns.length} columns`,
        );
      for (const value of row) parameters.push(value);
    }
    const key = `insert|${table}|${columns.join(",")}|${chunk.length}`;
    await executeCached(db, key, parameters, (next) => {
      const tuple = () => `(${columns.map(() => next()).join(", ")})`;
      const names = columns.map((c) => `"${c}"`).join(", ");
      return `insert into "${table}" (${names}) values ${Array.from({ length: chunk.length }, tuple).join(", ")}`;
    });
  }
}

/**
 * Runs SQL whose text depends only on `key` (built once per engine by `build`, which gets
 * the next parameter placeholder from `next()`: `?` on SQLite, `$1`, `$2`… on PostgreSQL)
 * with `parameters` bound in the same order. For hot statements whose Kysely syntax tree
 * would cost more than running them (see {@link insertRows}).
 */
export async function executeCached<R = unknown>(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  key: string,
  parameters: unknown[],
  build: (next: () => string) => string,
): Promise<R[]> {
  const dollar = db.getExecutor().adapter instanceof PostgresAdapter;
  const fullKey = `${dollar ? "$" : "?"}|${key}`;
  let text = texts.get(fullKey);
  if (text === undefined) {
    let n = 0;
    text = build(() => (dollar ? `$${++n}` : (++n, "?")));
    if (n !== parameters.length)
      throw new Error(`executeCached(${key}): ${n} placeholders for ${parameters.length} values`);
    texts.set(fullKey, text);
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, parameters));
  return result.rows;
}
