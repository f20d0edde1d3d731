import { performance } from "node:perf_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { redactText } from "@korbill/billing";
import type { Observability } from "./access-log.js";
import { currentRequest, newRequestContext, runInRequest } from "./request-context.js";

/** A webhook route: its name in logs and metrics, and where a delivery names its event. */
export interface WebhookRoute {
  route: string;
  /** The upstream's id of the delivered event (never the body itself). */
  eventIdOf(req: IncomingMessage, body: unknown): string | undefined;
}

/** The handler's own verdict for the access line (applied, duplicate, rejected...). */
export function noteWebhookOutcome(outcome: string): void {
  const access = currentRequest()?.access;
  if (access) access.code = outcome;
}

/** Runs one delivery as a unit of work and writes its access line when it is answered. */
function observeDelivery(
  obs: Observability,
  route: WebhookRoute,
  req: IncomingMessage,
  res: ServerResponse,
  bodyOf: () => unknown,
  run: () => void,
): void {
  const context = newRequestContext(req.headers.traceparent);
  context.access = {};
  const started = performance.now();
  res.once("close", () => {
    const status = res.statusCode;
    const outcome = !res.writableFinished
      ? "aborted"
      : status >= 500
        ? "failed"
        : status >= 400
          ? "refused"
          : (context.access?.code ?? "accepted");
    obs.metrics.webhooks.inc({ route: route.route, outcome });
    let upstreamEventId: string | undefined;
    try {
      upstreamEventId = route.eventIdOf(req, bodyOf());
    } catch {
      upstreamEventId = undefined;
    }
    obs.logger.info("webhook", {
      requestId: context.requestId,
      route: route.route,
      // Unverified input (i'mport's are unsigned): card-like digits are masked.
      upstreamEventId: upstreamEventId === undefined ? null : redactText(upstreamEventId),
      status,
      outcome,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  runInRequest(context, run);
}

/** Wraps a plain Node listener (the POPBiLL route). */
export function observedListener(
  obs: Observability,
  route: WebhookRoute,
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) =>
    observeDelivery(
      obs,
      route,
      req,
      res,
      () => undefined,
      () => listener(req, res),
    );
}

/** An express middleware (after the body parser) doing the same for an express route. */
export function observedRoute(obs: Observability, route: WebhookRoute): RequestHandler {
  return (req, res, next) =>
    observeDelivery(
      obs,
      route,
      req,
      res,
      () => req.body as unknown,
      () => next(),
    );
}

/** POPBiLL names each delivery in `Pb-Webhook-MID`. */
export const POPBILL_ROUTE: WebhookRoute = {
  route: "popbill",
  eventIdOf: (req) => header(req, "pb-webhook-mid"),
};

/** i'mport's V1 body (JSON or form) names the payment: `imp_uid`. */
export const IAMPORT_ROUTE: WebhookRoute = {
  route: "iamport",
  eventIdOf: (_req, body) => {
    if (!Buffer.isBuffer(body) || body.length === 0) return undefined;
    const text = body.toString("utf8");
    if (text.trimStart().startsWith("{")) {
      const id = (JSON.parse(text) as { imp_uid?: unknown }).imp_uid;
      return typeof id === "string" ? id : undefined;
    }
    return new URLSearchParams(text).get("imp_uid") ?? undefined;
  },
};

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
