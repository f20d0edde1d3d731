import { refillArray } from "../persist/maps.js";
import { type SandboxClock } from "../clock.js";
import { describeError, formBody, post } from "./webhook-post.js";

/** Body encoding of webhooks, a console setting upstream (iamport.md §6). */
export type WebhookMode = "json" | "form";

/** What {@link IamportWebhooks.configure} accepts. */
export interface WebhookConfig {
  /** The console URL, used when a request gives no `notice_url`; none means no webhook. */
  readonly url?: string;
  /** `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  readonly mode: WebhookMode;
  /** Resends after a network error or 5xx: 0 (default, upstream's default) up to 5. */
  readonly retries?: number;
  /** Sandbox-clock delay before a resend; default one minute (upstream's spacing). */
  readonly retryDelayMs?: number;
  /** Real-time limit of one attempt; default 10 s [INF: upstream uses 10 s connect + 30 s read]. */
  readonly timeoutMs?: number;
}

/** The documented webhook body (iamport.md §6). */
export interface WebhookEvent {
  readonly imp_uid: string;
  readonly merchant_uid: string;
  readonly status: string;
  /** Only on cancellations. */
  readonly cancellation_id?: string;
}

/** One attempt to deliver one webhook. */
export interface WebhookDelivery {
  /** Which webhook (all attempts of one webhook share it), from 1. */
  readonly webhookId: number;
  /** 1 for the first send, 2 for the first resend, ... */
  readonly attempt: number;
  readonly url: string;
  readonly contentType: string;
  /** The exact body sent. */
  readonly body: string;
  readonly event: WebhookEvent;
  /** Sandbox time of the attempt, epoch ms. */
  readonly sentAt: number;
  /** `pending` until the receiver answers or the attempt fails. */
  result: "pending" | "delivered" | "failed";
  /** The receiver's HTTP status, `null` on a network error or while pending. */
  responseStatus: number | null;
  /** The network error, if any. */
  error: string | null;
}

/** One webhook's delivery chain: fixed when it is first sent, so later configuration does not change it. */
export interface Chain {
  readonly webhookId: number;
  readonly url: string;
  readonly event: WebhookEvent;
  readonly contentType: string;
  readonly body: string;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly timeoutMs: number;
}

export interface Resend {
  readonly chain: Chain;
  readonly attempt: number;
  readonly dueAt: number;
}

const DEFAULTS = { mode: "json", retries: 0, retryDelayMs: 60_000, timeoutMs: 10_000 } as const;

/**
 * Sends webhooks to the per-request `notice_url` or the configured URL, records every
 * attempt, and resends on the sandbox clock when retries are configured.
 */
export class IamportWebhooks {
  readonly #clock: SandboxClock;
  #config: Required<Omit<WebhookConfig, "url">> & { url: string | undefined } = {
    ...DEFAULTS,
    url: undefined,
  };
  readonly #deliveries: WebhookDelivery[] = [];
  readonly #resends: Resend[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #nextId = 1;

  /** Creates a dispatcher on the sandbox clock. */
  constructor(clock: SandboxClock) {
    this.#clock = clock;
  }

  /** Replaces the configuration; omitted fields take their defaults. */
  configure(config: WebhookConfig): void {
    const retries = config.retries ?? DEFAULTS.retries;
    if (!Number.isInteger(retries) || retries < 0 || retries > 5)
      throw new RangeError(`retries must be a whole number 0-5, got ${retries}`);
    if (config.mode !== "json" && config.mode !== "form")
      throw new RangeError(`mode must be "json" or "form", got ${String(config.mode)}`);
    for (const [name, value] of [
      ["retryDelayMs", config.retryDelayMs],
      ["timeoutMs", config.timeoutMs],
    ] as const) {
      if (value !== undefined && (!Number.isFinite(value) || value < 0))
        throw new RangeError(`${name} must be a number >= 0`);
    }
    this.#config = {
      url: config.url,
      mode: config.mode,
      retries,
      retryDelayMs: config.retryDelayMs ?? DEFAULTS.retryDelayMs,
      timeoutMs: config.timeoutMs ?? DEFAULTS.timeoutMs,
    };
  }

  /** The effective configuration. */
  config(): WebhookConfig {
    return { ...this.#config };
  }

  /** Every attempt so far, oldest first (copies). */
  deliveries(): WebhookDelivery[] {
    return this.#deliveries.map((delivery) => ({ ...delivery }));
  }

  /** Forgets the recorded attempts and pending resends. */
  clear(): void {
    this.#deliveries.length = 0;
    this.#resends.length = 0;
  }

  /** Sends `event` to `noticeUrl` when given, else to the configured URL, else nowhere. */
  send(event: WebhookEvent, noticeUrl: string | null): void {
    const { url, mode, retries, retryDelayMs, timeoutMs } = this.#config;
    const target = noticeUrl ?? url;
    if (target === undefined) return;
    const json = mode === "json";
    const chain: Chain = {
      webhookId: this.#nextId++,
      url: target,
      event,
      contentType: json ? "application/json" : "application/x-www-form-urlencoded",
      body: json ? JSON.stringify(event) : formBody(event),
      retries,
      retryDelayMs,
      timeoutMs,
    };
    this.#attempt(chain, 1);
  }

  /** Starts the resends due at `nowMs`; returns how many. */
  tick(nowMs: number): number {
    const due = this.#resends.filter((resend) => resend.dueAt <= nowMs);
    for (const resend of due) {
      this.#resends.splice(this.#resends.indexOf(resend), 1);
      this.#attempt(resend.chain, resend.attempt);
    }
    return due.length;
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return { config: this.#config, resends: this.#resends, nextId: this.#nextId };
  }

  load(data: ReturnType<IamportWebhooks["dump"]>): void {
    this.#config = data.config;
    refillArray(this.#resends, data.resends);
    this.#nextId = data.nextId;
  }

  /** Resolves once no attempt is in flight (resends not yet due are not waited for). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #attempt(chain: Chain, attempt: number): void {
    const { webhookId, url, event, contentType, body } = chain;
    const delivery: WebhookDelivery = {
      webhookId,
      attempt,
      url,
      contentType,
      body,
      event,
      sentAt: this.#clock.nowMs(),
      result: "pending",
      responseStatus: null,
      error: null,
    };
    this.#deliveries.push(delivery);
    const running = post(url, contentType, body, chain.timeoutMs)
      .then((status) => {
        delivery.responseStatus = status;
        delivery.result = status >= 200 && status < 300 ? "delivered" : "failed";
        if (status >= 500) this.#scheduleResend(chain, attempt);
      })
      .catch((error: unknown) => {
        delivery.result = "failed";
        delivery.error = describeError(error);
        this.#scheduleResend(chain, attempt);
      })
      .finally(() => this.#inFlight.delete(running));
    this.#inFlight.add(running);
  }

  /** Resends on a network error or 5xx only, up to the chain's `retries` (iamport.md §6). */
  #scheduleResend(chain: Chain, attempt: number): void {
    if (attempt > chain.retries) return;
    const dueAt = this.#clock.nowMs() + chain.retryDelayMs;
    this.#resends.push({ chain, attempt: attempt + 1, dueAt });
  }
}
