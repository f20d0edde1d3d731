import { timingSafeEqual } from "node:crypto";
import type { WireCashbillWebhook } from "./wire.js";

/** How POPBiLL authenticates its webhook calls to us (configured in POPBiLL's console). */
export interface PopbillWebhookAuth {
  basic?: { username: string; password: string };
  apiKey?: string;
}

/** A verified, parsed POPBiLL webhook delivery. */
export interface PopbillWebhookDelivery {
  /** `Pb-Webhook-MID`: the message id, unique per delivery of one event. */
  mid: string;
  /** `Pb-Webhook-Type`, e.g. `CASHBILL.STATE`. */
  type: string;
  /** `Pb-Webhook-EventType` or the body's `eventType`: `Issue`, `NTS`, `BULKRESULT`. */
  eventType: string;
  /** The member business (`Pb-Webhook-Corpnum`, else the body's `corpNum`). */
  corpNum: string;
  body: WireCashbillWebhook;
}

/** Why a delivery was refused; `status` is what the route answers. */
export class PopbillWebhookError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401,
  ) {
    super(message);
    this.name = "PopbillWebhookError";
  }
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks the delivery's credentials: POPBiLL signs nothing (popbill.md §4), so the configured
 * Basic auth or `X-Api-Key` is the only proof. With neither configured, every call is refused.
 */
export function verifyPopbillWebhook(headers: Headers, auth: PopbillWebhookAuth): void {
  if (!auth.basic && !auth.apiKey) {
    throw new PopbillWebhookError(
      "webhook authentication is not configured: set POPBILL_WEBHOOK_USER/POPBILL_WEBHOOK_PASSWORD or POPBILL_WEBHOOK_API_KEY",
      401,
    );
  }
  if (auth.apiKey) {
    const given = header(headers, "x-api-key");
    if (given !== undefined && safeEqual(given, auth.apiKey)) return;
  }
  if (auth.basic) {
    const m = /^Basic\s+(\S+)$/i.exec(header(headers, "authorization") ?? "");
    const expected = Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString(
      "base64",
    );
    if (m?.[1] && safeEqual(m[1], expected)) return;
  }
  throw new PopbillWebhookError(
    "webhook credentials missing or wrong: check the Basic auth / X-Api-Key configured for the callback URL in POPBiLL",
    401,
  );
}

/** Verifies and parses a delivery from its raw bytes. */
export function parsePopbillWebhook(
  headers: Headers,
  rawBody: Buffer,
  auth: PopbillWebhookAuth,
): PopbillWebhookDelivery {
  verifyPopbillWebhook(headers, auth);
  const mid = header(headers, "pb-webhook-mid");
  if (!mid || mid.length > 200) throw new PopbillWebhookError("Pb-Webhook-MID header missing", 400);
  let body: WireCashbillWebhook;
  try {
    body = JSON.parse(rawBody.toString("utf8")) as WireCashbillWebhook;
  } catch {
    throw new PopbillWebhookError("body is not JSON", 400);
  }
  if (!body || typeof body !== "object")
    throw new PopbillWebhookError("body is not a JSON object", 400);
  const corpNum = (header(headers, "pb-webhook-corpnum") ?? body.corpNum ?? "").replaceAll("-", "");
  if (!/^\d{10}$/.test(corpNum))
    throw new PopbillWebhookError("no valid CorpNum in Pb-Webhook-Corpnum or body", 400);
  const eventType = header(headers, "pb-webhook-eventtype") ?? body.eventType;
  if (!eventType) throw new PopbillWebhookError("no event type", 400);
  return { mid, type: header(headers, "pb-webhook-type") ?? "", eventType, corpNum, body };
}

/** Builds the headers of a valid delivery (tests and the sandbox's client use the same shape). */
export function popbillWebhookHeaders(opts: {
  mid: string;
  corpNum: string;
  eventType: string;
  auth: PopbillWebhookAuth;
}): Record<string, string> {
  const h: Record<string, string> = {
    "content-type": "application/json",
    "pb-webhook-type": "CASHBILL.STATE",
    "pb-webhook-mid": opts.mid,
    "pb-webhook-corpnum": opts.corpNum,
    "pb-webhook-eventtype": opts.eventType,
  };
  if (opts.auth.apiKey) h["x-api-key"] = opts.auth.apiKey;
  else if (opts.auth.basic)
    h.authorization = `Basic ${Buffer.from(`${opts.auth.basic.username}:${opts.auth.basic.password}`).toString("base64")}`;
  return h;
}
