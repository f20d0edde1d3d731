/** Receipts one mass print page holds (`cashbillMassPrintUrl`, POPBiLL's getMassPrintURL). */
export const MAX_MASS_PRINT = 100;

/** SMS text limit the gateway enforces (POPBiLL: 90 bytes, Hangul counts 2). */
export const MAX_SMS_BYTES = 90;

/** A text's size as Korean carriers count it: 1 byte for ASCII, 2 for anything else. */
export function smsBytes(text: string): number {
  let bytes = 0;
  for (const c of text) bytes += c.charCodeAt(0) < 0x80 ? 1 : 2;
  return bytes;
}

/** The bytes of a base64 string (RFC 4648, as `cashbillPdf.base64` is). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** One mass print page's receipts, and which of how many pages it is. */
export interface PrintBatch {
  mgtKeys: string[];
  part: number;
  parts: number;
}

/**
 * A bulk's issued receipts in pages of at most {@link MAX_MASS_PRINT} (the upstream's limit
 * per call): one page for a bulk of 100, more for a longer list.
 */
export function printBatches(mgtKeys: readonly string[], max = MAX_MASS_PRINT): PrintBatch[] {
  const parts = Math.ceil(mgtKeys.length / max);
  return Array.from({ length: parts }, (_, i) => ({
    mgtKeys: mgtKeys.slice(i * max, (i + 1) * max),
    part: i + 1,
    parts,
  }));
}

/** The default SMS text of a resend: short enough for any mgtKey (24 characters). */
export function defaultSmsText(mgtKey: string): string {
  return `현금영수증 ${mgtKey} 다시 보내드립니다.`;
}

/** Offers bytes as a file download (a Blob behind an object URL, revoked once used). */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
