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
