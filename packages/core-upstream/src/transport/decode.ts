import { promisify } from "node:util";
import { gunzip, gunzipSync } from "node:zlib";

const gunzipAsync = promisify(gunzip);

/**
 * Compressed bodies up to this size are inflated in place. A GetBulkResult reply of 100
 * results is a few KB and inflates in tens of microseconds, while zlib's asynchronous path
 * (a stream, a thread-pool hop, callbacks) cost ~0.3 ms of the event loop per reply in the
 * bulk benchmark. Larger bodies still inflate off the event loop.
 */
const INFLATE_IN_PLACE_BYTES = 64 * 1024;

/**
 * Decodes a gzip body. A fetch that already decoded it (undici does, yet keeps the
 * `Content-Encoding` header) leaves plain bytes, so the gzip magic number decides.
 */
export async function decodeBody(bytes: Buffer, contentEncoding: string | null): Promise<Buffer> {
  const encoding = contentEncoding?.trim().toLowerCase();
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if ((encoding === "gzip" || encoding === "x-gzip") && gzipped)
    return bytes.length <= INFLATE_IN_PLACE_BYTES ? gunzipSync(bytes) : gunzipAsync(bytes);
  return bytes;
}
