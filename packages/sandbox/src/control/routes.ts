import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { field, parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RequestFilter, type RequestLog } from "../http/request-log.js";
import { type RouteHandler, type Router } from "../http/router.js";
import { remainPoint } from "../state/state.js";
import { addCashbillControlRoutes } from "./cashbill.routes.js";
import { badRequest, CONTROL_PREFIX, type ControlContext } from "./context.js";
import { addFaultControlRoutes } from "./faults.routes.js";
import { addPointsControlRoutes } from "./points.routes.js";
import { addWebhookControlRoutes } from "./webhooks.routes.js";

export { CONTROL_PREFIX, type ControlContext } from "./context.js";

/**
 * Adds the control API for tests in other processes (not logged, not subject to
 * `before` hooks):
 *
 * - `GET  /__sandbox/health` -> `{status: "ok"}`
 * - `GET  /__sandbox/clock` -> `{now, frozen}`
 * - `POST /__sandbox/clock/advance` `{ms}` -> `{now}`
 * - `POST /__sandbox/clock/set` `{now}` (ISO-8601) -> `{now}`
 * - `GET  /__sandbox/requests?host=&method=&override=&path=&pathPattern=&limit=` -> `{count, requests}`
 *   (`path` exact, `pathPattern` a regular expression; `requests` = newest `limit`, default 100)
 * - `POST /__sandbox/requests/clear` -> `{cleared}`
 * - `GET  /__sandbox/members/{corpNum}` -> the member with `remainPoint`
 *
 * plus the cash-receipt, scheduler, points, webhook and fault routes (see their modules).
 * Moving the clock runs the jobs that became due before the reply.
 */
export function addControlRoutes(router: Router, context: ControlContext): Router {
  const { log } = context;
  const add = (method: string, path: string, handler: RouteHandler) =>
    router.add({ method, path: `${CONTROL_PREFIX}${path}`, handler, internal: true });
  add("GET", "/health", () => json({ status: "ok" }));
  add("GET", "/clock", ({ env }) =>
    json({ now: env.clock.now().toISOString(), frozen: env.clock.frozen }),
  );
  add("POST", "/clock/advance", advanceClock);
  add("POST", "/clock/set", setClock);
  add("GET", "/requests", (request) => listRequests(request, log));
  add("POST", "/requests/clear", () => json({ cleared: log.clear() }));
  add("GET", "/members/:corpNum", showMember);
  addCashbillControlRoutes(router);
  addPointsControlRoutes(router);
  addWebhookControlRoutes(router, context.webhooks);
  addFaultControlRoutes(router, context.faults);
  return router;
}

function advanceClock(request: SandboxRequest): SandboxReply {
  const ms = field(parseJsonObject(request.rawBody), "ms");
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0)
    throw badRequest("ms must be a number >= 0");
  const now = request.env.clock.advance(ms);
  request.env.scheduler.runDue();
  return json({ now: now.toISOString() });
}

function setClock(request: SandboxRequest): SandboxReply {
  const now = field(parseJsonObject(request.rawBody), "now");
  if (typeof now !== "string" || Number.isNaN(Date.parse(now)))
    throw badRequest("now must be an ISO-8601 time");
  const set = request.env.clock.set(now);
  request.env.scheduler.runDue();
  return json({ now: set.toISOString() });
}

function listRequests(request: SandboxRequest, log: RequestLog): SandboxReply {
  const { query } = request;
  const filter: RequestFilter = {
    host: (query.get("host") ?? undefined) as RequestFilter["host"],
    method: query.get("method") ?? undefined,
    override: query.get("override") ?? undefined,
    path: query.has("pathPattern")
      ? toRegExp(query.get("pathPattern") ?? "")
      : (query.get("path") ?? undefined),
  };
  const limit = Number(query.get("limit") ?? 100);
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw badRequest("limit must be a whole number >= 0");
  const entries = log.list(filter);
  return json({ count: entries.length, requests: limit === 0 ? [] : entries.slice(-limit) });
}

function showMember(request: SandboxRequest): SandboxReply {
  const member = request.env.state.member(request.params["corpNum"] ?? "");
  if (!member) throw new SandboxHttpError(404, SANDBOX_CODES.routeNotFound, "no such member");
  return json({ ...member, remainPoint: remainPoint(member) });
}

function toRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw badRequest(`pathPattern is not a valid regular expression: ${pattern}`);
  }
}
