import { type WebhookConfig } from "./config.js";
import { CASHBILL_WEBHOOK_TYPE, type WebhookMessage } from "./messages.js";

/** The headers of a webhook POST (popbill.md §4). */
export function webhookHeaders(
  message: WebhookMessage,
  config: WebhookConfig,
): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Pb-Webhook-Type": CASHBILL_WEBHOOK_TYPE,
    "Pb-Webhook-EventType": message.eventType,
    "Pb-Webhook-MID": message.mid,
    "Pb-Webhook-Corpnum": message.corpNum,
  };
  if (config.basic) {
    const credentials = Buffer.from(
      `${config.basic.username}:${config.basic.password}`,
      "utf8",
    ).toString("base64");
    headers["Authorization"] = `Basic ${credentials}`;
  }
  if (config.apiKey) headers["X-Api-Key"] = config.apiKey;
  return headers;
}
