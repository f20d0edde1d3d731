import type { WireWebhookBody } from "./wire.js";

/** Why a webhook body could not be read; the route answers `status`. */
export class IamportWebhookError extends Error {
  readonly status = 400;

  constructor(message: string) {
    super(message);
    this.name = "IamportWebhookError";
  }
}

const MAX_BODY = 16 * 1024;
// Ids are only looked up (and path-encoded), so any visible characters are accepted.
const FIELD = /^[^\s\p{Cc}]{1,128}$/u;

/**
 * Parses a V1 webhook body from raw bytes: JSON or `application/x-www-form-urlencoded` (a
 * console setting, iamport.md §6), chosen by the content type, else by the first byte. Only
 * `imp_uid`, `merchant_uid`, `status` and `cancellation_id` are read. This authenticates
 * nothing: V1 webhooks are unsigned, so the result is a hint to verify by re-fetching.
 */
export function parseIamportWebhook(
  raw: Buffer | string,
  contentType?: string | null,
): WireWebhookBody {
  const text = Buffer.isBuffer(raw) ? raw.toString("utf8") : raw;
  if (text.length > MAX_BODY) throw new IamportWebhookError("webhook body is too large");
  const type = (contentType ?? "").toLowerCase();
  const json =
    type.includes("json") || (!type.includes("form") && text.trimStart().startsWith("{"));
  const fields = json ? readJson(text) : readForm(text);
  const pick = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined || value === "") return undefined;
    if (!FIELD.test(value)) throw new IamportWebhookError(`webhook ${name} is malformed`);
    return value;
  };
  const required = (name: string): string => {
    const value = pick(name);
    if (value === undefined) throw new IamportWebhookError(`webhook body has no ${name}`);
    return value;
  };
  const cancellationId = pick("cancellation_id");
  return {
    imp_uid: required("imp_uid"),
    merchant_uid: required("merchant_uid"),
    status: required("status"),
    ...(cancellationId === undefined ? {} : { cancellation_id: cancellationId }),
  };
}

/**
 * A webhook body as i'mport sends it, for tests and tools: JSON or form, with the content type
 * to send it with.
 */
export function iamportWebhookBody(
  body: WireWebhookBody,
  mode: "json" | "form" = "json",
): { body: Buffer; contentType: string } {
  if (mode === "json")
    return { body: Buffer.from(JSON.stringify(body)), contentType: "application/json" };
  const form = new URLSearchParams(Object.entries(body) as [string, string][]).toString();
  return { body: Buffer.from(form), contentType: "application/x-www-form-urlencoded" };
}

function readJson(text: string): Record<string, string | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new IamportWebhookError(
      "webhook body is not JSON; check the console's content type setting",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new IamportWebhookError("webhook body is not a JSON object");
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
    if (typeof v === "string" || typeof v === "number") out[k] = String(v);
  return out;
}

function readForm(text: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] ??= v;
  return out;
}
