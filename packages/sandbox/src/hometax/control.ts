import { badRequest, controlBody, controlRoute, validated } from "../control/context.js";
import { json } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler, type Router } from "../http/router.js";
import { kstDateTime } from "../kst.js";
import { describeJob, describeMember } from "./describe.js";
import { type HometaxState } from "./state.js";
import { HOMETAX_SERVICES } from "./types.js";

/**
 * Adds the HomeTax controls to the control API (internal: not logged, no `before` hooks):
 *
 * - `GET  /__sandbox/hometax/members/{corpNum}` -> account ID, registered logins, queued failures
 * - `POST /__sandbox/hometax/credentials` `{corpNum, id, pwd}` -> `{corpNum, id}`
 * - `POST /__sandbox/hometax/credentials/clear` `{corpNum}` -> `{corpNum, id: null}`
 * - `POST /__sandbox/hometax/certificates` `{corpNum, service, expiresAt}` -> the certificate
 * - `POST /__sandbox/hometax/certificates/invalidate` | `remove` `{corpNum, service}` -> `{changed}`
 * - `POST /__sandbox/hometax/flat-rate` `{corpNum, service, subscribed}` -> `{corpNum, service, subscribed}`
 * - `POST /__sandbox/hometax/fail-next-job` `{corpNum, code, reason?}` -> `{corpNum, pendingFailures}`
 * - `GET|POST /__sandbox/hometax/timing` `{pendingMs?, processingMs?}` -> the timing
 * - `GET  /__sandbox/hometax/jobs?corpNum=` -> `{count, jobs}` (each with its JobState now)
 *
 * `service` is `Cashbill` or `Taxinvoice` (any case); `expiresAt` ISO-8601, KST
 * `yyyyMMddHHmmss` or epoch ms. Malformed input answers 400 -10000001.
 */
export function addHometaxControlRoutes(router: Router, state: HometaxState): Router {
  const add = (method: string, path: string, handler: RouteHandler) =>
    controlRoute(router, method, `/hometax${path}`, handler);
  add("GET", "/members/:corpNum", ({ params }) =>
    json(describeMember(state, params["corpNum"] ?? "")),
  );
  add("POST", "/credentials", (request) => {
    const body = controlBody(request.rawBody);
    const corpNum = text(body, "corpNum");
    validated(() => state.setHometaxCredentials(corpNum, text(body, "id"), text(body, "pwd")));
    return json({ corpNum, id: state.logins.accountId(corpNum) });
  });
  add("POST", "/credentials/clear", (request) => {
    const corpNum = text(controlBody(request.rawBody), "corpNum");
    state.clearHometaxCredentials(corpNum);
    return json({ corpNum, id: null });
  });
  add("POST", "/certificates", registerCertificate(state));
  add("POST", "/certificates/invalidate", (request) => {
    const { corpNum, service } = target(request);
    return json({ changed: state.invalidateCertificate(corpNum, service) });
  });
  add("POST", "/certificates/remove", (request) => {
    const { corpNum, service } = target(request);
    return json({ changed: state.removeCertificate(corpNum, service) });
  });
  add("POST", "/flat-rate", (request) => {
    const { corpNum, service } = target(request);
    const subscribed = controlBody(request.rawBody)["subscribed"];
    if (typeof subscribed !== "boolean") throw badRequest("subscribed must be true or false");
    state.setFlatRate(corpNum, service, subscribed);
    return json({ corpNum, service, subscribed: state.hasFlatRate(corpNum, service) });
  });
  add("POST", "/fail-next-job", (request) => {
    const body = controlBody(request.rawBody);
    const corpNum = text(body, "corpNum");
    const reason = body["reason"] ?? "수집에 실패했습니다.";
    if (typeof body["code"] !== "number" || typeof reason !== "string")
      throw badRequest("code must be a number and reason a string");
    validated(() => state.failNextJob(corpNum, body["code"] as number, reason));
    return json({ corpNum, pendingFailures: state.pendingFailures(corpNum) });
  });
  add("GET", "/timing", () => json(state.jobTiming));
  add("POST", "/timing", (request) =>
    json(validated(() => state.setJobTiming(controlBody(request.rawBody)))),
  );
  add("GET", "/jobs", ({ query, receivedAt }) => {
    const jobs = state.jobs.all(query.get("corpNum") ?? undefined);
    return json({
      count: jobs.length,
      jobs: jobs.map((job) => describeJob(job, receivedAt.getTime())),
    });
  });
  return router;
}

function registerCertificate(state: HometaxState): RouteHandler {
  return (request) => {
    const { corpNum, service, body } = target(request);
    const expiresAt = body["expiresAt"];
    if (typeof expiresAt !== "string" && typeof expiresAt !== "number")
      throw badRequest("expiresAt must be ISO-8601, yyyyMMddHHmmss (KST) or epoch ms");
    const record = validated(() => state.registerCertificate(corpNum, service, expiresAt));
    return json({
      corpNum,
      service,
      certificateExpiration: kstDateTime(record.expiresAtMs),
      expiresAt: new Date(record.expiresAtMs).toISOString(),
      valid: record.valid,
    });
  };
}

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string" || value === "")
    throw badRequest(`${name} must be a non-empty string`);
  return value;
}

function target(request: SandboxRequest) {
  const body = controlBody(request.rawBody);
  const corpNum = text(body, "corpNum");
  const raw = text(body, "service").toLowerCase();
  const service = HOMETAX_SERVICES.find((s) => s.toLowerCase() === raw);
  if (service === undefined) throw badRequest("service must be Cashbill or Taxinvoice");
  return { corpNum, service: service, body };
}
