import { request as httpRequest } from "node:http";
import { connect } from "node:net";

/** A parsed HTTP response as received over a socket. */
export interface RawResponse {
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Record<string, string>;
  /** Body bytes as received (not decompressed). */
  readonly body: Buffer;
}

/** Sends `bytes` verbatim over a new TCP connection and reads one Content-Length framed response. */
export function sendRaw(baseUrl: string, bytes: Buffer | string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let received = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const parsed = tryParse(received);
      if (parsed) {
        socket.destroy();
        resolve(parsed);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => reject(new Error(`connection closed after ${received.length} bytes`)));
  });
}

function tryParse(received: Buffer): RawResponse | undefined {
  const headEnd = received.indexOf("\r\n\r\n");
  if (headEnd === -1) return undefined;
  const [statusLine = "", ...lines] = received
    .subarray(0, headEnd)
    .toString("latin1")
    .split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? 0);
  const body = received.subarray(headEnd + 4);
  if (body.length < length) return undefined;
  return { status: Number(statusLine.split(" ")[1]), headers, body: body.subarray(0, length) };
}

/** Options of {@link sendChunked}. */
export interface ChunkedRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Each element is written with its own `write()`, i.e. its own chunk. */
  readonly chunks: readonly (Buffer | string)[];
}

/** Sends a body with `Transfer-Encoding: chunked` (no Content-Length), as the Node POPBiLL SDK does. */
export function sendChunked(baseUrl: string, options: ChunkedRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${options.path}`,
      { method: options.method ?? "POST", headers: options.headers },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (chunk: Buffer) => parts.push(chunk));
        res.on("end", () => {
          const headers = Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, String(v)]),
          );
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(parts) });
        });
      },
    );
    req.on("error", reject);
    for (const chunk of options.chunks) req.write(chunk);
    req.end();
  });
}
