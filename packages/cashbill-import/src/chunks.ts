import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { NormalizedRow } from "./normalize.js";
import type { CashbillInput } from "./rules.js";

/** Receipts per bulk submission (the gateway's maximum). */
export const BULK_SIZE = 100;

/** Up to {@link BULK_SIZE} consecutive receipts of the file, sent as one bulk. */
export interface Chunk {
  /** 1, 2, 3, ... in file order. */
  index: number;
  submitId: string;
  rows: NormalizedRow[];
}

/**
 * The SubmitID of a chunk: `imp<index>-` and 24 characters of the base64url SHA-256 of the
 * member, the chunk number and the normalized receipts. The same file gives the same IDs on
 * every run, so a re-run's bulk that was recorded before is refused as CONFLICT instead of
 * being issued again; a changed row gives its chunk a new ID. At most 36 characters of
 * `[A-Za-z0-9_-]`, as POPBiLL requires.
 */
export function chunkSubmitId(
  corpNum: string,
  index: number,
  inputs: readonly CashbillInput[],
  salt = "",
): string {
  // @noble/hashes, not node:crypto: the browser's import view must derive the very same IDs.
  const hash = sha256
    .create()
    .update(utf8ToBytes(`korbill-import-v1\n${corpNum}\n${index}\n${salt}\n`));
  for (const input of inputs) hash.update(utf8ToBytes(`${JSON.stringify(input)}\n`));
  return `imp${index}-${base64url(hash.digest()).slice(0, 24)}`;
}

/** Groups sendable rows into chunks in file order; the same rows always give the same chunks. */
export class Chunker {
  #rows: NormalizedRow[] = [];
  #index = 0;

  constructor(private readonly corpNum: string) {}

  /** Adds a row; returns a chunk once {@link BULK_SIZE} rows are waiting. */
  add(row: NormalizedRow): Chunk | undefined {
    this.#rows.push(row);
    return this.#rows.length >= BULK_SIZE ? this.flush() : undefined;
  }

  /** The rows still waiting, as a last (smaller) chunk. */
  flush(): Chunk | undefined {
    if (!this.#rows.length) return undefined;
    const rows = this.#rows;
    this.#rows = [];
    this.#index += 1;
    const submitId = chunkSubmitId(
      this.corpNum,
      this.#index,
      rows.map((r) => r.input),
    );
    return { index: this.#index, submitId, rows };
  }
}

/** RFC 4648 base64url without padding (`btoa` exists in browsers and Node alike). */
function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
