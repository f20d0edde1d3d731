import express, { type RequestHandler } from "express";
import { type BillingWebhooks, IamportWebhookError } from "@korbill/billing";
import type { Logger } from "../logger.js";
import { noteWebhookOutcome } from "../observability/webhook-access.js";

/**
 * `POST /webhooks/iamport` (JSON or form body). V1 webhooks are unsigned, so the body is only
 * a hint: the payment is re-fetched from i'mport and checked against the recorded order before
 * anything is published. Forged and replayed deliveries change nothing and get 200 (so the
 * sender learns nothing); malformed ones 400; a failure 500 so i'mport retries.
 */
export function iamportWebhookRoute(
  deps: {
    webhooks: BillingWebhooks;
    logger: Logger;
  },
  /** Run after the body parser, before the handler (the access line). */
  observers: RequestHandler[] = [],
): RequestHandler[] {
  const handler: RequestHandler = async (req, res) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const outcome = await deps.webhooks.receive(body, req.headers["content-type"]);
      noteWebhookOutcome(outcome.result);
      if (outcome.result === "rejected")
        deps.logger.warn("i'mport webhook rejected", { reason: outcome.reason });
      else deps.logger.debug("i'mport webhook", { result: outcome.result });
      res.status(200).json({ result: outcome.result });
    } catch (error) {
      if (error instanceof IamportWebhookError) {
        res.status(400).json({ error: error.message });
        return;
      }
      deps.logger.error("i'mport webhook failed; i'mport will retry", { error: String(error) });
      res.status(500).json({ error: "internal error" });
    }
  };
  return [express.raw({ type: () => true, limit: "256kb" }), ...observers, handler];
}
