import { type WebhookConfig, type WebhookOptions } from "./config.js";
import { type WebhookEventType } from "./messages.js";

/** One delivery attempt of a webhook message. */
export interface WebhookDelivery {
  readonly mid: string;
  readonly eventType: WebhookEventType;
  readonly corpNum: string;
  readonly mgtKey: string;
  readonly url: string;
  /** 1 for the first send, 2 for the first retry, ... */
  readonly attempt: number;
  /** Sandbox time of the attempt. */
  readonly at: Date;
  /** The headers sent. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body sent. */
  readonly body: string;
  readonly status: number | undefined;
  readonly reply: string | undefined;
  readonly error: string | undefined;
  /** HTTP 200 with `OK` or `{"result":"OK"}`. */
  readonly ok: boolean;
}

/** A message not yet acknowledged or given up. */
export interface PendingWebhook {
  readonly mid: string;
  readonly eventType: WebhookEventType;
  readonly corpNum: string;
  readonly mgtKey: string;
  readonly attempts: number;
  /** `queued` (waiting its turn), `in-flight`, or `retry` (waiting `nextAttemptAt`). */
  readonly state: "queued" | "in-flight" | "retry";
  readonly nextAttemptAt: Date | undefined;
}

/** `sandbox.webhooks`: where POPBiLL-style callbacks go, and what happened to them. */
export interface WebhookControl {
  /** Sends every partner's (or `options.linkId`'s) events to `options.url`; replaces an earlier config. */
  configure(options: WebhookOptions): WebhookConfig;
  /** Removes the config of `linkId` (or the all-partners one); messages without a config are dropped. */
  unconfigure(linkId?: string): void;
  /** The configs in force. */
  configs(): WebhookConfig[];
  /** Holds deliveries (events keep queueing) until {@link resume}. */
  pause(): void;
  /** Delivers what queued while paused. */
  resume(): void;
  /** Webhooks off: no messages are created and pending ones are dropped, until {@link enable}. */
  disable(): void;
  /** Webhooks on again (the default). */
  enable(): void;
  readonly paused: boolean;
  readonly enabled: boolean;
  /** Every attempt so far, oldest first (the last 100,000). */
  deliveries(): WebhookDelivery[];
  /** Messages not yet acknowledged or given up, in queue order per receipt. */
  pending(): PendingWebhook[];
  /** Resolves once nothing is in flight or ready to send (retries waiting for the clock do not count). */
  settled(): Promise<void>;
}
