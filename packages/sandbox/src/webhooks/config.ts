import { type FilingSchedule } from "../env.js";

/** What `sandbox.webhooks.configure()` takes. */
export interface WebhookOptions {
  /** Callback URL (`http:` or `https:`). */
  readonly url: string;
  /** Send `Authorization: Basic base64(username:password)`. */
  readonly basic?: { readonly username: string; readonly password: string } | undefined;
  /** Send `X-Api-Key: <apiKey>`. */
  readonly apiKey?: string | undefined;
  /** Retries after a failed attempt (default 3, i.e. up to 4 sends). */
  readonly retries?: number | undefined;
  /**
   * Sandbox time between attempts (default 5,000 ms on the `fast` filing schedule,
   * 5 minutes — POPBiLL's documented interval — on `popbill`).
   */
  readonly retryDelayMs?: number | undefined;
  /** Partner (LinkID) whose members' events go here; default: every partner. */
  readonly linkId?: string | undefined;
}

/** A completed {@link WebhookOptions}. */
export interface WebhookConfig {
  readonly url: string;
  readonly basic: { readonly username: string; readonly password: string } | undefined;
  readonly apiKey: string | undefined;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly linkId: string | undefined;
}

/** Validates and completes the options; throws a `RangeError` saying what is wrong. */
export function resolveWebhookOptions(
  options: WebhookOptions,
  schedule: FilingSchedule,
): WebhookConfig {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new RangeError(`url is not a URL: ${String(options.url)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new RangeError("url must be http: or https:");
  if (
    options.basic &&
    (typeof options.basic.username !== "string" || typeof options.basic.password !== "string")
  )
    throw new RangeError("basic needs username and password strings");
  return {
    url: url.toString(),
    basic: options.basic
      ? { username: options.basic.username, password: options.basic.password }
      : undefined,
    apiKey: options.apiKey || undefined,
    retries: whole("retries", options.retries, 3),
    retryDelayMs: whole(
      "retryDelayMs",
      options.retryDelayMs,
      schedule === "fast" ? 5_000 : 5 * 60_000,
    ),
    linkId: options.linkId || undefined,
  };
}

/** The config without secrets, for the control API. */
export function redactConfig(config: WebhookConfig): Record<string, unknown> {
  return {
    ...config,
    basic: config.basic ? { username: config.basic.username, password: "***" } : undefined,
    apiKey: config.apiKey ? "***" : undefined,
  };
}

function whole(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0`);
  return value;
}
