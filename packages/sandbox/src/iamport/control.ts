import { CONTROL_PREFIX } from "../control/routes.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler, type Router } from "../http/router.js";
import { type IamportScope } from "./book.js";
import { type CardRefusal } from "./card-echo.js";
import { type ChargeOutcome } from "./outcomes.js";
import { type IamportState } from "./state.js";
import { type WebhookConfig } from "./webhooks.js";

/**
 * Adds the i'mport controls to the control API, for tests in other processes and demos
 * (internal: not logged, no `before` hooks). `impKey`/`tier` query parameters narrow the
 * lists.
 *
 * - `GET  /__sandbox/iamport/payments` | `customers` | `schedules` -> `{payments}` ...
 * - `POST /__sandbox/iamport/outcomes` `{customer_uid, outcome | outcomes, sticky?}` -> `{pending}`
 *   (`outcome` = `{kind: "approve"}` or `{kind: "decline", reason}`; `customer_uid` `"*"` for all)
 * - `POST /__sandbox/iamport/outcomes/clear` `{customer_uid?}` -> `{}`
 * - `POST /__sandbox/iamport/card-refusals` `{reason, echoCard?}` -> `{pending}` (refuses the
 *   next card authentication; `echoCard` quotes the request's card fields)
 * - `GET  /__sandbox/iamport/webhooks` -> `{config, deliveries}`
 * - `POST /__sandbox/iamport/webhooks` `{url?, mode, retries?, retryDelayMs?, timeoutMs?}` -> `{config}`
 * - `POST /__sandbox/iamport/tick` -> `{executed, resent}`
 */
export function addIamportControlRoutes(router: Router, state: IamportState): Router {
  const add = (method: string, path: string, handler: RouteHandler) =>
    router.add({ method, path: `${CONTROL_PREFIX}/iamport${path}`, handler, internal: true });
  add("GET", "/payments", (request) => json({ payments: state.payments(scopeOf(request)) }));
  add("GET", "/customers", (request) => json({ customers: state.customers(scopeOf(request)) }));
  add("GET", "/schedules", (request) => json({ schedules: state.schedules(scopeOf(request)) }));
  add("POST", "/outcomes", (request) => setOutcomes(state, request));
  add("POST", "/outcomes/clear", (request) => {
    const uid = bodyOf(request)["customer_uid"];
    state.outcomes.clear(typeof uid === "string" ? uid : undefined);
    return json({});
  });
  add("POST", "/card-refusals", (request) =>
    checked(() => {
      state.cardRefusals.add(bodyOf(request) as unknown as CardRefusal);
      return json({ pending: state.cardRefusals.pending() });
    }),
  );
  add("GET", "/webhooks", () =>
    json({ config: state.webhooks.config(), deliveries: state.webhooks.deliveries() }),
  );
  add("POST", "/webhooks", (request) =>
    checked(() => {
      state.webhooks.configure(bodyOf(request) as unknown as WebhookConfig);
      return json({ config: state.webhooks.config() });
    }),
  );
  add("POST", "/tick", () => json(state.tick()));
  return router;
}

function setOutcomes(state: IamportState, request: SandboxRequest): SandboxReply {
  const body = bodyOf(request);
  const uid = body["customer_uid"];
  if (typeof uid !== "string" || uid === "") throw badRequest("customer_uid is required");
  return checked(() => {
    if (body["sticky"] === true) state.outcomes.setDefault(uid, body["outcome"] as ChargeOutcome);
    else state.outcomes.set(uid, (body["outcomes"] ?? body["outcome"]) as ChargeOutcome[]);
    return json({ pending: state.outcomes.pending(uid) });
  });
}

function scopeOf(request: SandboxRequest): Partial<IamportScope> {
  const impKey = request.query.get("impKey") ?? undefined;
  const tier = request.query.get("tier");
  return { impKey, ...(tier === null ? {} : { tier: tier === "" ? null : tier }) };
}

function bodyOf(request: SandboxRequest): Record<string, unknown> {
  return request.rawBody.length === 0 ? {} : parseJsonObject(request.rawBody);
}

function checked(apply: () => SandboxReply): SandboxReply {
  try {
    return apply();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw badRequest(error.message);
    throw error;
  }
}

function badRequest(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}
