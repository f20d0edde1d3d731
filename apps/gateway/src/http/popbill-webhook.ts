import express, { type RequestHandler } from "express";
import {
  type BulkService,
  type CashbillStore,
  type PopbillWebhookAuth,
  PopbillWebhookError,
  handlePopbillDelivery,
  parsePopbillWebhook,
} from "@korbill/cashbill";
import type { Logger } from "../logger.js";

/**
 * `POST /webhooks/popbill`: raw bytes in (mounted before any JSON parser), authenticated as
 * configured, deduplicated by `Pb-Webhook-MID`, answered `OK` once the effects are durable.
 * A failure answers 500 so POPBiLL retries; every effect is idempotent.
 */
export function popbillWebhookRoute(deps: {
  auth: PopbillWebhookAuth;
  store: CashbillStore;
  bulk: BulkService;
  logger: Logger;
  now?: () => number;
}): RequestHandler[] {
  const handler: RequestHandler = async (req, res) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const delivery = parsePopbillWebhook(req.headers, body, deps.auth);
      const outcome = await handlePopbillDelivery(delivery, {
        store: deps.store,
        bulk: deps.bulk,
        now: deps.now ?? Date.now,
      });
      deps.logger.debug("popbill webhook", {
        mid: delivery.mid,
        eventType: delivery.eventType,
        corpNum: delivery.corpNum,
        outcome,
      });
      res.status(200).type("text/plain").send("OK");
    } catch (error) {
      if (error instanceof PopbillWebhookError) {
        deps.logger.warn("popbill webhook refused", {
          status: error.status,
          reason: error.message,
        });
        res.status(error.status).json({ error: error.message });
        return;
      }
      deps.logger.error("popbill webhook failed; POPBiLL will retry", { error: String(error) });
      res.status(500).json({ error: "internal error; the delivery will be retried" });
    }
  };
  return [express.raw({ type: () => true, limit: "2mb" }), handler];
}
