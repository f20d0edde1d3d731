import { type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { type SandboxReply } from "./reply.js";

/** Replies larger than this many bytes are gzipped when the client accepts gzip. */
const GZIP_MIN_BYTES = 1024;

/**
 * Whether an `Accept-Encoding` value admits gzip (`gzip`, `x-gzip` or `*`, not `q=0`).
 * Deflate is never used: the Node SDK advertises it but only decodes gzip (popbill.md §2.4).
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "x-gzip" && coding !== "*") return false;
    return !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/**
 * Writes a reply with `Content-Type` and `Content-Length` always set, gzipped only when
 * the request accepted gzip and the body exceeds {@link GZIP_MIN_BYTES}.
 */
export function writeReply(
  res: ServerResponse,
  reply: SandboxReply,
  acceptEncoding: string | undefined,
): void {
  let body = typeof reply.body === "string" ? Buffer.from(reply.body, "utf8") : reply.body;
  const headers: Record<string, string | number> = {
    ...reply.headers,
    "Content-Type": reply.contentType,
  };
  if (body.length > GZIP_MIN_BYTES && acceptsGzip(acceptEncoding)) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(reply.status, headers);
  res.end(body);
}
