import { promisify } from "node:util";
import { gunzip } from "node:zlib";

const gunzipAsync = promisify(gunzip);

/**
 * Decodes a gzip body. A fetch that already decoded it (undici does, yet keeps the
 * `Content-Encoding` header) leaves plain bytes, so the gzip magic number decides.
 */
export async function decodeBody(bytes: Buffer, contentEncoding: string | null): Promise<Buffer> {
  const encoding = contentEncoding?.trim().toLowerCase();
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if ((encoding === "gzip" || encoding === "x-gzip") && gzipped) return gunzipAsync(bytes);
  return bytes;
}
