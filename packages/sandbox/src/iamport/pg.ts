/** PGs whose billing keys can be issued over REST (iamport.md §4). */
const API_PGS = new Set([
  "nice",
  "nice_v2",
  "tosspayments",
  "kcp",
  "inicis",
  "danal",
  "settle",
  "daou",
  "ksnet",
  "welcome",
]);

/** A PG channel: provider and MID. */
export interface PgChannel {
  readonly pg_provider: string;
  readonly pg_id: string;
}

/** The channel every sandbox merchant gets unless told otherwise: the §8.2 vector's. */
export const DEFAULT_PG = "nice.nictest04m";

/**
 * Resolves the `pg` parameter (`"{pg}"` or `"{pg}.{MID}"`); a missing or unknown PG
 * falls back to the merchant's default (iamport.md §4.1). A PG named without MID gets
 * the default MID when it is the default PG, else `{pg}_sandbox` [INF].
 */
export function resolvePg(pg: string | undefined, fallback: string): PgChannel {
  const base = split(fallback);
  if (pg === undefined) return base;
  const wanted = split(pg);
  if (!API_PGS.has(wanted.pg_provider)) return base;
  if (pg.includes(".")) return wanted;
  return wanted.pg_provider === base.pg_provider ? base : wanted;
}

function split(pg: string): PgChannel {
  const dot = pg.indexOf(".");
  if (dot === -1) return { pg_provider: pg, pg_id: `${pg}_sandbox` };
  return { pg_provider: pg.slice(0, dot), pg_id: pg.slice(dot + 1) };
}
