import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";
import {
  type BulkService,
  type CashbillStore,
  type PopbillWebhookAuth,
  PopbillWebhookError,
  handlePopbillDelivery,
  parsePopbillWebhook,
} from "@korbill/cashbill";
import type { Logger } from "../logger.js";
import { noteWebhookOutcome } from "../observability/webhook-access.js";

/** The path POPBiLL posts to. */
export const POPBILL_WEBHOOK_PATH = "/webhooks/popbill";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * `POST /webhooks/popbill`: raw bytes in, authenticated as configured, deduplicated (by
 * `Pb-Webhook-MID`, or per receipt: see `handlePopbillDelivery`), answered `OK` once the
 * effects are durable. A failure answers 500 so
 * POPBiLL retries; every effect is idempotent.
 *
 * A plain Node request listener, not an express route: a bulk brings one webhook per receipt
 * (10,000 for an evening's 100 bulks), and express's routing, body parser and `res.send`
 * (ETag hashing) cost more than the work itself. The HTTP server hands this path here first
 * (`isPopbillWebhook`).
 */
export function popbillWebhookListener(deps: {
  auth: PopbillWebhookAuth;
  store: CashbillStore;
  bulk: BulkService;
  logger: Logger;
  now?: () => number;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    try {
      const delivery = parsePopbillWebhook(req.headers, body, deps.auth);
      const outcome = await handlePopbillDelivery(delivery, {
        store: deps.store,
        bulk: deps.bulk,
        now: deps.now ?? Date.now,
      });
      noteWebhookOutcome(outcome);
      deps.logger.debug("popbill webhook", {
        mid: delivery.mid,
        eventType: delivery.eventType,
        corpNum: delivery.corpNum,
        outcome,
      });
      reply(res, 200, "text/plain; charset=utf-8", "OK");
    } catch (error) {
      if (error instanceof PopbillWebhookError) {
        deps.logger.warn("popbill webhook refused", {
          status: error.status,
          reason: error.message,
        });
        replyJson(res, error.status, { error: error.message });
        return;
      }
      deps.logger.error("popbill webhook failed; POPBiLL will retry", { error: String(error) });
      replyJson(res, 500, { error: "internal error; the delivery will be retried" });
    }
  };
  return (req, res) => {
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      replyJson(res, 405, { error: "POST only" });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) {
        replyJson(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
        return;
      }
      let body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      const encoding = req.headers["content-encoding"]?.trim().toLowerCase() ?? "identity";
      try {
        body = decoded(body, encoding);
      } catch (error) {
        const [status, message] =
          error instanceof UnsupportedEncoding
            ? [415, `unsupported Content-Encoding ${encoding}`]
            : (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
              ? [413, `body over ${MAX_BODY_BYTES} bytes`]
              : [400, `body is not valid ${encoding}`];
        replyJson(res, status, { error: message });
        return;
      }
      void handle(req, body, res);
    });
    req.on("error", () => res.destroy());
  };
}

class UnsupportedEncoding extends Error {}

/** The body before its Content-Encoding (identity, gzip or deflate, as express's parser took). */
function decoded(body: Buffer, encoding: string): Buffer {
  const limit = { maxOutputLength: MAX_BODY_BYTES };
  if (encoding === "identity") return body;
  if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body, limit);
  if (encoding === "deflate") return inflateSync(body, limit);
  throw new UnsupportedEncoding(encoding);
}

/** Whether a request is for the POPBiLL webhook (any method: the listener answers 405). */
export function isPopbillWebhook(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  const end = url.indexOf("?");
  return (end < 0 ? url : url.slice(0, end)) === POPBILL_WEBHOOK_PATH;
}

function reply(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function replyJson(res: ServerResponse, status: number, body: unknown): void {
  reply(res, status, "application/json; charset=utf-8", JSON.stringify(body));
}
