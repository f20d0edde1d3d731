import { field } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type Router } from "../http/router.js";
import { type BalanceChange } from "../points/inspector.js";
import { badRequest, controlBody, controlRoute, validated } from "./context.js";

/**
 * Control routes of the points ledgers (the in-process twin is `sandbox.points`):
 *
 * - `GET  /__sandbox/points/partner/{linkId}` -> `{linkId, billing, chargePoint, bonusPoint, remainPoint}`
 * - `POST /__sandbox/points/partner/{linkId}/balance` `{chargePoint?, bonusPoint?}` -> the same
 * - `GET  /__sandbox/points/partner/{linkId}/use-history` -> `{linkId, list}`
 * - `GET  /__sandbox/points/{corpNum}` -> `{corpNum, chargePoint, bonusPoint, remainPoint, refundableBalance}`
 * - `POST /__sandbox/points/{corpNum}/balance` `{chargePoint?, bonusPoint?}` -> the same (no history)
 * - `GET  /__sandbox/points/{corpNum}/use-history` -> `{corpNum, list}`
 * - `GET  /__sandbox/points/{corpNum}/settlements` -> `{corpNum, settlements}` (PaymentHistory + settleCode)
 * - `POST /__sandbox/points/{corpNum}/settlements/{settleCode}/confirm|cancel` -> the settlement
 * - `GET  /__sandbox/points/{corpNum}/refunds` -> `{corpNum, refunds}` (RefundHistory + refundCode)
 * - `POST /__sandbox/points/{corpNum}/refunds/{refundCode}/complete|cancel` -> the refund
 *
 * Unknown members, partners and codes answer 404; a transition from the wrong state 409.
 */
export function addPointsControlRoutes(router: Router): Router {
  const add = (method: string, path: string, handler: (r: SandboxRequest) => SandboxReply) =>
    controlRoute(router, method, `/points${path}`, handler);
  const p = (request: SandboxRequest, name: string) => request.params[name] ?? "";
  add("GET", "/partner/:linkId", (r) => json(r.env.points.partnerBalance(p(r, "linkId"))));
  add("POST", "/partner/:linkId/balance", (r) =>
    json(validated(() => r.env.points.setPartnerBalance(p(r, "linkId"), balanceChange(r)))),
  );
  add("GET", "/partner/:linkId/use-history", (r) => {
    const linkId = p(r, "linkId");
    return json({ linkId, list: r.env.points.partnerUseHistory(linkId) });
  });
  add("GET", "/:corpNum", (r) => json(r.env.points.balance(p(r, "corpNum"))));
  add("POST", "/:corpNum/balance", (r) =>
    json(validated(() => r.env.points.setBalance(p(r, "corpNum"), balanceChange(r)))),
  );
  add("GET", "/:corpNum/use-history", (r) => {
    const corpNum = p(r, "corpNum");
    return json({ corpNum, list: r.env.points.useHistory(corpNum) });
  });
  add("GET", "/:corpNum/settlements", (r) => {
    const corpNum = p(r, "corpNum");
    return json({ corpNum, settlements: r.env.points.settlements(corpNum) });
  });
  add("POST", "/:corpNum/settlements/:code/confirm", (r) =>
    json(r.env.points.confirmDeposit(p(r, "corpNum"), p(r, "code"))),
  );
  add("POST", "/:corpNum/settlements/:code/cancel", (r) =>
    json(r.env.points.cancelSettlement(p(r, "corpNum"), p(r, "code"))),
  );
  add("GET", "/:corpNum/refunds", (r) => {
    const corpNum = p(r, "corpNum");
    return json({ corpNum, refunds: r.env.points.refunds(corpNum) });
  });
  add("POST", "/:corpNum/refunds/:code/complete", (r) =>
    json(r.env.points.completeRefund(p(r, "corpNum"), p(r, "code"))),
  );
  add("POST", "/:corpNum/refunds/:code/cancel", (r) =>
    json(r.env.points.cancelRefund(p(r, "corpNum"), p(r, "code"))),
  );
  return router;
}

function balanceChange(request: SandboxRequest): BalanceChange {
  const body = controlBody(request.rawBody);
  const read = (name: string): number | undefined => {
    const value = field(body, name);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "number") throw badRequest(`${name} must be a number`);
    return value;
  };
  return { chargePoint: read("chargePoint"), bonusPoint: read("bonusPoint") };
}
