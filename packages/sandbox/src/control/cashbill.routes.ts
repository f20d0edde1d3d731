import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type Router } from "../http/router.js";
import { badRequest, controlRoute, limitParam } from "./context.js";

/**
 * Control routes of the cash-receipt domain and the scheduler:
 *
 * - `GET  /__sandbox/cashbill/issuances?corpNum=[&mgtKey=]` -> `{corpNum, total, issuances, duplicates}`
 *   (or `{corpNum, mgtKey, count}` with `mgtKey`)
 * - `GET  /__sandbox/cashbill/submissions?corpNum=` -> `{corpNum, submissions}` (BulkCashbillResult each)
 * - `GET  /__sandbox/cashbill/receipts/{corpNum}/{mgtKey}` -> CashbillInfo
 * - `GET  /__sandbox/cashbill/outbox?corpNum=[&mgtKey=]` -> `{corpNum, messages}` (resent
 *   e-mails, SMS and faxes, oldest first)
 * - `GET  /__sandbox/members/{corpNum}/use-history` -> `{corpNum, list}`
 * - `GET  /__sandbox/scheduler?limit=` -> `{count, jobs}` (earliest first)
 * - `POST /__sandbox/scheduler/run` -> `{ran}` (runs jobs due at the sandbox time)
 */
export function addCashbillControlRoutes(router: Router): Router {
  controlRoute(router, "GET", "/cashbill/issuances", issuances);
  controlRoute(router, "GET", "/cashbill/submissions", ({ env, query }) => {
    const corpNum = corpNumParam(query);
    return json({ corpNum, submissions: env.cashbill.submissions(corpNum) });
  });
  controlRoute(router, "GET", "/cashbill/receipts/:corpNum/:mgtKey", ({ env, params }) => {
    const info = env.cashbill.info(params["corpNum"] ?? "", params["mgtKey"] ?? "");
    if (!info) throw new SandboxHttpError(404, SANDBOX_CODES.routeNotFound, "no such receipt");
    return json(info);
  });
  controlRoute(router, "GET", "/cashbill/outbox", ({ env, query }) => {
    const corpNum = corpNumParam(query);
    const mgtKey = query.get("mgtKey") ?? undefined;
    return json({ corpNum, messages: env.state.cashbillAfter.outbox(corpNum, mgtKey) });
  });
  controlRoute(router, "GET", "/members/:corpNum/use-history", ({ env, params }) => {
    const corpNum = params["corpNum"] ?? "";
    return json({ corpNum, list: env.cashbill.useHistory(corpNum) });
  });
  controlRoute(router, "GET", "/scheduler", ({ env, query }) => {
    const jobs = env.scheduler.pending();
    const limit = limitParam(query.get("limit"));
    return json({
      count: jobs.length,
      jobs: jobs
        .slice(0, limit)
        .map((job) => ({ ...job, dueAt: new Date(job.dueMs).toISOString() })),
    });
  });
  controlRoute(router, "POST", "/scheduler/run", ({ env }) =>
    json({ ran: env.scheduler.runDue() }),
  );
  return router;
}

function issuances({ env, query }: SandboxRequest): SandboxReply {
  const corpNum = corpNumParam(query);
  const mgtKey = query.get("mgtKey");
  if (mgtKey) return json({ corpNum, mgtKey, count: env.cashbill.issuanceCount(corpNum, mgtKey) });
  const list = env.cashbill.issuances(corpNum);
  return json({
    corpNum,
    total: list.reduce((sum, item) => sum + item.count, 0),
    issuances: list.map(({ mgtKey: key, count }) => ({ mgtKey: key, count })),
    duplicates: env.cashbill.duplicateIssuances().filter((d) => d.corpNum === corpNum),
  });
}

function corpNumParam(query: URLSearchParams): string {
  const corpNum = query.get("corpNum");
  if (!corpNum || !/^\d{10}$/.test(corpNum)) throw badRequest("corpNum (10 digits) is required");
  return corpNum;
}
