import type { Kysely } from "kysely";
import { insertRows } from "@korbill/core-events";
import { foldKey } from "../validate/rules.js";

export { foldKey };

/** What a folded key belongs to. */
export type KeyKind = "mgtKey" | "submitId";

/**
 * Claims folded keys for a member in `db` (a transaction): a key whose folded form is already
 * claimed makes this fail with the engine's unique violation, and the transaction records
 * nothing.
 */
export function claimKeys(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any schema with cashbill_keys
  stage: string,
  corpNum: string,
  kind: KeyKind,
  keys: readonly string[],
): Promise<void> {
  return insertRows(
    db,
    "cashbill_keys",
    ["stage", "corp_num", "kind", "folded"],
    keys.map((key) => [stage, corpNum, kind, foldKey(key)]),
  );
}

/** Releases claimed keys of a member in `db` (a transaction): the reverse of {@link claimKeys}. */
export async function releaseKeys(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any schema with cashbill_keys
  stage: string,
  corpNum: string,
  kind: KeyKind,
  keys: readonly string[],
): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    await db
      .deleteFrom("cashbill_keys")
      .where("stage", "=", stage)
      .where("corp_num", "=", corpNum)
      .where("kind", "=", kind)
      .where("folded", "in", keys.slice(i, i + 500).map(foldKey))
      .execute();
  }
}
