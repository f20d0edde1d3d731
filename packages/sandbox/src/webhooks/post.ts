import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/** What one webhook POST produced. */
export interface PostOutcome {
  /** HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** Response body as text (first 64 KB), when a response arrived. */
  readonly body: string | undefined;
  /** Network error, timeout or abort, when no response arrived. */
  readonly error: string | undefined;
}

const MAX_REPLY_BYTES = 64 * 1024;

/** POSTs `body` to `url`; never rejects (errors are part of the outcome). */
export function postWebhook(
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PostOutcome> {
  const payload = Buffer.from(body, "utf8");
  const send = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(payload.length) },
        signal,
        timeout: timeoutMs,
      },
      (res) => {
        const parts: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < MAX_REPLY_BYTES) parts.push(chunk);
          size += chunk.length;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            body: Buffer.concat(parts).toString("utf8"),
            error: undefined,
          }),
        );
        res.on("error", (error) =>
          resolve({ status: res.statusCode, body: undefined, error: error.message }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no reply within ${timeoutMs} ms`)));
    req.on("error", (error) =>
      resolve({ status: undefined, body: undefined, error: error.message }),
    );
    req.end(payload);
  });
}

/** POPBiLL's success rule: HTTP 200 with body `OK` or `{"result":"OK"}`. */
export function isAcknowledged(outcome: PostOutcome): boolean {
  if (outcome.status !== 200 || outcome.body === undefined) return false;
  const text = outcome.body.trim();
  if (text === "OK") return true;
  try {
    const parsed: unknown = JSON.parse(text);
    return (
      typeof parsed === "object" &&
      parsed !== null &&
      (parsed as { result?: unknown }).result === "OK"
    );
  } catch {
    return false;
  }
}
