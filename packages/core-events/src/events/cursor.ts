/**
 * Cursors are opaque to clients: `base64url("ev:<n>")`. Inside korbill they are the event
 * log's increasing integer keys.
 */
export function encodeCursor(n: number): string {
  return Buffer.from(`ev:${n}`, "utf8").toString("base64url");
}

/** Decodes a client cursor; null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^ev:(\d{1,15})$/.exec(text);
  return m ? Number(m[1]) : null;
}
