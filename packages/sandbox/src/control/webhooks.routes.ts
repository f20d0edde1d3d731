import { field } from "../http/json.js";
import { json } from "../http/reply.js";
import { type Router } from "../http/router.js";
import { redactConfig, type WebhookOptions } from "../webhooks/config.js";
import { type WebhookControl } from "../webhooks/dispatcher.js";
import { badRequest, controlBody, controlRoute, limitParam, validated } from "./context.js";

/**
 * Control routes of webhook delivery:
 *
 * - `GET  /__sandbox/webhooks` -> `{enabled, paused, configs, pending}` (secrets redacted)
 * - `POST /__sandbox/webhooks` `{url, basic?, apiKey?, retries?, retryDelayMs?, linkId?}` -> `{config}`
 * - `POST /__sandbox/webhooks/unconfigure` `{linkId?}`, `/pause`, `/resume`, `/disable`, `/enable`
 *   -> the same as `GET /__sandbox/webhooks`
 * - `GET  /__sandbox/webhooks/deliveries?eventType=&corpNum=&mgtKey=&mid=&limit=` -> `{count, deliveries}` (newest `limit`)
 * - `GET  /__sandbox/webhooks/pending` -> `{count, pending}`
 */
export function addWebhookControlRoutes(router: Router, webhooks: WebhookControl): Router {
  const status = () =>
    json({
      enabled: webhooks.enabled,
      paused: webhooks.paused,
      configs: webhooks.configs().map(redactConfig),
      pending: webhooks.pending().length,
    });
  controlRoute(router, "GET", "/webhooks", status);
  controlRoute(router, "POST", "/webhooks", ({ rawBody }) => {
    const options = controlBody(rawBody) as unknown as WebhookOptions;
    if (typeof options.url !== "string") throw badRequest("url is required");
    return json({ config: redactConfig(validated(() => webhooks.configure(options))) });
  });
  controlRoute(router, "POST", "/webhooks/unconfigure", ({ rawBody }) => {
    const linkId = field(controlBody(rawBody), "linkId");
    webhooks.unconfigure(typeof linkId === "string" ? linkId : undefined);
    return status();
  });
  for (const action of ["pause", "resume", "disable", "enable"] as const) {
    controlRoute(router, "POST", `/webhooks/${action}`, () => {
      webhooks[action]();
      return status();
    });
  }
  controlRoute(router, "GET", "/webhooks/deliveries", ({ query }) => {
    const filters = ["eventType", "corpNum", "mgtKey", "mid"] as const;
    const found = webhooks
      .deliveries()
      .filter((d) => filters.every((name) => !query.has(name) || d[name] === query.get(name)));
    const limit = limitParam(query.get("limit"));
    return json({ count: found.length, deliveries: limit === 0 ? [] : found.slice(-limit) });
  });
  controlRoute(router, "GET", "/webhooks/pending", () => {
    const pending = webhooks.pending();
    return json({ count: pending.length, pending });
  });
  return router;
}
