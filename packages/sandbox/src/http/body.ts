import { type IncomingMessage } from "node:http";
import { SANDBOX_CODES, SandboxHttpError } from "./errors.js";

/** Largest request body the sandbox reads (bulk issue bodies are well under 1 MB). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Reads the whole request body as the exact bytes received. Node's parser has already
 * removed chunked framing, so `Transfer-Encoding: chunked` and `Content-Length` bodies
 * both arrive here as the payload only — the bytes that digests and signatures cover.
 */
export async function readRawBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      // [INF] status not documented
      throw new SandboxHttpError(
        413,
        SANDBOX_CODES.invalidRequest,
        `request body exceeds ${limit} bytes`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
