import {
  type CheckKind,
  CHECK_ITEM_CODES,
  readCheckRequest,
  runCheck,
} from "../accountcheck/check.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { kstDateTime } from "../kst.js";
import { pointsShort } from "../points/codes.js";
import { authorize } from "./auth.js";
import { chargeInfoOf } from "./charge.route.js";

/** The two `serviceType` values (sent percent-encoded as UTF-8). */
const SERVICE_TYPES: Readonly<Record<string, CheckKind>> = { 성명: "name", 실명: "realName" };

/**
 * `POST /EasyFin/AccountCheck?c=&n=` (CheckAccountInfo, 예금주 성명조회, scope 182) and
 * `POST /EasyFin/DepositorCheck?c=&n=&t=&p=` (CheckDepositorInfo, 실명조회, scope 183), with
 * empty bodies. Input is checked first (400, nothing spent); then the unit cost is spent
 * (`-99003008` when short) and the check runs against the demo bank data.
 */
export function accountCheckHandler(kind: CheckKind) {
  return (request: SandboxRequest): SandboxReply => {
    const { member, user } = authorize(request, [String(CHECK_ITEM_CODES[kind])]);
    const checkRequest = readCheckRequest(request.query, kind);
    const { settings, state } = request.env;
    const points = unitCostOf(kind, settings);
    const nowMs = request.receivedAt.getTime();
    const spent = state.spendPoints(member, {
      itemCode: CHECK_ITEM_CODES[kind],
      points,
      user,
      txDT: kstDateTime(nowMs),
    });
    if (!spent) throw pointsShort(points);
    return json(runCheck(checkRequest, nowMs));
  };
}

/** `GET /EasyFin/AccountCheck/UnitCost[?serviceType=성명|실명]`: `{unitCost}` (a string [INF]). */
export function handleAccountCheckUnitCost(request: SandboxRequest): SandboxReply {
  const kind = serviceTypeOf(request);
  authorize(request, [String(CHECK_ITEM_CODES[kind])]);
  return json({ unitCost: String(unitCostOf(kind, request.env.settings)) });
}

/** `GET /EasyFin/AccountCheck/ChargeInfo[?serviceType=성명|실명]`: ChargeInfo of that kind. */
export function handleAccountCheckChargeInfo(request: SandboxRequest): SandboxReply {
  const kind = serviceTypeOf(request);
  const { member } = authorize(request, [String(CHECK_ITEM_CODES[kind])]);
  return json(chargeInfoOf(request, member, unitCostOf(kind, request.env.settings)));
}

function unitCostOf(
  kind: CheckKind,
  settings: { accountCheckUnitCost: number; depositorCheckUnitCost: number },
): number {
  return kind === "name" ? settings.accountCheckUnitCost : settings.depositorCheckUnitCost;
}

/** `serviceType` (name case-insensitive); absent means 성명 ([INF] the v1 calls send none). */
function serviceTypeOf(request: SandboxRequest): CheckKind {
  const entry = [...request.query].find(([name]) => name.toLowerCase() === "servicetype");
  const value = entry?.[1].trim() ?? "";
  if (value === "") return "name";
  const kind = SERVICE_TYPES[value];
  if (kind === undefined) {
    // [INF] status and code: the Node SDK refuses other values locally
    throw new SandboxHttpError(
      400,
      SANDBOX_CODES.invalidRequest,
      `서비스 유형이 올바르지 않습니다. (serviceType must be 성명 or 실명, got "${value}")`,
    );
  }
  return kind;
}
