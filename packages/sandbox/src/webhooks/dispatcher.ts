import { refill } from "../persist/maps.js";
import { type CashbillEvent } from "../cashbill/events.js";
import { type SandboxClock } from "../clock.js";
import { type SandboxSettings } from "../env.js";
import { type Scheduler } from "../scheduler/scheduler.js";
import { resolveWebhookOptions, type WebhookConfig, type WebhookOptions } from "./config.js";
import { webhookHeaders } from "./headers.js";
import { KeyedQueue } from "./keyed-queue.js";
import { messageFor, type WebhookMessage } from "./messages.js";
import { isAcknowledged, postWebhook } from "./post.js";
import { type PendingWebhook, type WebhookControl, type WebhookDelivery } from "./types.js";

export { type PendingWebhook, type WebhookControl, type WebhookDelivery } from "./types.js";

interface QueuedMessage extends WebhookMessage {
  attempts: number;
  state: PendingWebhook["state"];
  nextAttemptMs: number | undefined;
}

/** What the {@link WebhookDispatcher} needs. */
export interface WebhookDeps {
  readonly clock: SandboxClock;
  readonly settings: SandboxSettings;
  readonly scheduler: Scheduler;
}

const ALL_PARTNERS = "*";
const MAX_DELIVERIES = 100_000;

/**
 * Delivers cash-receipt events as POPBiLL webhooks. Messages of one receipt
 * (corpNum + mgtKey) go strictly in order — `Issue`/`BULKRESULT` before `NTS` — while
 * different receipts are sent concurrently (`webhookConcurrency`). A failed attempt is
 * retried `retries` times, `retryDelayMs` of sandbox time apart, with the same MID.
 */
export class WebhookDispatcher implements WebhookControl {
  readonly #deps: WebhookDeps;
  readonly #configs = new Map<string, WebhookConfig>();
  readonly #queue = new KeyedQueue<QueuedMessage>();
  #inFlight = 0;
  #paused = false;
  #enabled = true;
  #deliveries: WebhookDelivery[] = [];
  #waiters: (() => void)[] = [];
  #abort = new AbortController();

  /** Creates a dispatcher with no config (nothing is sent until {@link configure}). */
  constructor(deps: WebhookDeps) {
    this.#deps = deps;
  }

  /** Turns a cash-receipt event into a message, when a config applies and webhooks are on. */
  handle(event: CashbillEvent): void {
    if (!this.#enabled) return;
    const message = messageFor(event, this.#deps.clock.nowMs());
    if (!this.#configFor(message.linkId)) return;
    const queued: QueuedMessage = {
      ...message,
      attempts: 0,
      state: "queued",
      nextAttemptMs: undefined,
    };
    this.#queue.push(`${message.corpNum}:${message.mgtKey}`, queued);
    this.#pump();
  }

  configure(options: WebhookOptions): WebhookConfig {
    const config = resolveWebhookOptions(options, this.#deps.settings.filingSchedule);
    this.#configs.set(config.linkId ?? ALL_PARTNERS, config);
    return config;
  }

  unconfigure(linkId?: string): void {
    this.#configs.delete(linkId ?? ALL_PARTNERS);
  }

  configs(): WebhookConfig[] {
    return [...this.#configs.values()];
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
    this.#pump();
  }

  disable(): void {
    this.#enabled = false;
    this.#queue.clear();
    this.#notify();
  }

  enable(): void {
    this.#enabled = true;
  }

  get paused(): boolean {
    return this.#paused;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  deliveries(): WebhookDelivery[] {
    return [...this.#deliveries];
  }

  pending(): PendingWebhook[] {
    return this.#queue.values().map((m) => ({
      mid: m.mid,
      eventType: m.eventType,
      corpNum: m.corpNum,
      mgtKey: m.mgtKey,
      attempts: m.attempts,
      state: m.state,
      nextAttemptAt: m.nextAttemptMs === undefined ? undefined : new Date(m.nextAttemptMs),
    }));
  }

  settled(): Promise<void> {
    if (this.#isSettled()) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      configs: this.#configs,
      // In flight or waiting for a retry: all are sent again after a restore.
      queue: this.#queue
        .values()
        .map((m) => ({ ...m, state: "queued" as const, nextAttemptMs: undefined })),
      paused: this.#paused,
      enabled: this.#enabled,
    };
  }

  load(data: ReturnType<WebhookDispatcher["dump"]>): void {
    refill(this.#configs, data.configs);
    this.#queue.clear();
    for (const message of data.queue)
      this.#queue.push(`${message.corpNum}:${message.mgtKey}`, message);
    this.#paused = data.paused;
    this.#enabled = data.enabled;
  }

  /** Starts sending what is queued (after a restore, once the sandbox runs). */
  kick(): void {
    this.#pump();
  }

  /** Aborts POSTs in flight (the sandbox is stopping); their messages are retried later. */
  abortInFlight(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #configFor(linkId: string): WebhookConfig | undefined {
    return this.#configs.get(linkId) ?? this.#configs.get(ALL_PARTNERS);
  }

  #pump(): void {
    const limit = Math.max(1, this.#deps.settings.webhookConcurrency);
    while (!this.#paused && this.#inFlight < limit) {
      const next = this.#queue.take();
      if (!next) break;
      void this.#attempt(next.key, next.item);
    }
    this.#notify();
  }

  async #attempt(key: string, message: QueuedMessage): Promise<void> {
    const config = this.#configFor(message.linkId);
    if (!config) return this.#queue.finish(key, message);
    message.attempts++;
    message.state = "in-flight";
    message.nextAttemptMs = undefined;
    this.#inFlight++;
    const headers = webhookHeaders(message, config);
    const at = this.#deps.clock.now();
    const outcome = await postWebhook(
      config.url,
      headers,
      message.body,
      this.#deps.settings.webhookTimeoutMs,
      this.#abort.signal,
    );
    this.#inFlight--;
    const ok = isAcknowledged(outcome);
    this.#record({
      ...pick(message),
      url: config.url,
      attempt: message.attempts,
      at,
      headers,
      body: message.body,
      status: outcome.status,
      reply: outcome.body,
      error: outcome.error,
      ok,
    });
    if (ok || message.attempts > config.retries) this.#queue.finish(key, message);
    else this.#retryLater(key, message, config.retryDelayMs);
    this.#pump();
  }

  #retryLater(key: string, message: QueuedMessage, delayMs: number): void {
    const dueMs = this.#deps.clock.nowMs() + delayMs;
    message.state = "retry";
    message.nextAttemptMs = dueMs;
    this.#deps.scheduler.at(dueMs, `webhook:${message.mid}:retry${message.attempts}`, () => {
      if (!this.#queue.requeue(key, message)) return; // dropped meanwhile (disable)
      message.state = "queued";
      this.#pump();
    });
  }

  #record(delivery: WebhookDelivery): void {
    this.#deliveries.push(delivery);
    if (this.#deliveries.length > MAX_DELIVERIES)
      this.#deliveries.splice(0, this.#deliveries.length - MAX_DELIVERIES);
  }

  #isSettled(): boolean {
    return this.#inFlight === 0 && (this.#paused || !this.#queue.hasReady);
  }

  #notify(): void {
    if (!this.#isSettled()) return;
    for (const resolve of this.#waiters.splice(0)) resolve();
  }
}

function pick(message: WebhookMessage) {
  const { mid, eventType, corpNum, mgtKey } = message;
  return { mid, eventType, corpNum, mgtKey };
}
