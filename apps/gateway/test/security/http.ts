import { request } from "node:http";

/** A raw HTTP reply. */
export interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

/**
 * Sends exactly these bytes and headers (no client-side JSON, no automatic encoding), so a
 * test can send what a broken or hostile client sends. The gateway may answer before it has
 * read the whole body (a body over the limit): the reply is what counts, a write error after
 * it is ignored.
 */
export function sendRaw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "POST", headers: options.headers });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? ""),
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.end(options.body);
  });
}
