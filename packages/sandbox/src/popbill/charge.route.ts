import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type MemberRecord } from "../state/types.js";
import { authorize } from "./auth.js";

/** [INF] ChargeInfo value domains are undocumented; these are the values POPBiLL's UI uses. */
const CHARGE_METHOD = "연동과금";
/** [INF] `chargeMethod` when the partner pays for its members' usage (partner billing). */
const PARTNER_CHARGE_METHOD = "파트너과금";
/** [INF] see {@link CHARGE_METHOD}. */
const RATE_SYSTEM = "분담제";

/** A ChargeInfo reply: `{unitCost, chargeMethod, rateSystem}`, all strings. */
export interface ChargeInfo {
  readonly unitCost: string;
  readonly chargeMethod: string;
  readonly rateSystem: string;
}

/** The ChargeInfo of a priced service for `member`, whose partner decides who pays. */
export function chargeInfoOf(
  request: SandboxRequest,
  member: MemberRecord,
  unitCost: number,
): ChargeInfo {
  const billing = request.env.state.partner(member.linkId)?.billing;
  return {
    unitCost: String(unitCost),
    chargeMethod: billing === "partner" ? PARTNER_CHARGE_METHOD : CHARGE_METHOD,
    rateSystem: RATE_SYSTEM,
  };
}

/** `GET /Cashbill?cfg=UNITCOST` (getUnitCost): `{unitCost: "11"}` — a JSON string [INF]. */
export function handleCashbillConfig(request: SandboxRequest): SandboxReply {
  authorize(request);
  const cfg = request.query.get("cfg");
  if (cfg?.toUpperCase() !== "UNITCOST") {
    // [INF] the service-level getURL boxes (`GET /Cashbill?TG=TBOX…`) are not emulated;
    // receipt URLs (`/Cashbill/{MgtKey}?TG=`) are, in after-issue.route.ts
    throw new SandboxHttpError(
      400,
      SANDBOX_CODES.invalidRequest,
      `unsupported query: ${request.rawQuery}`,
    );
  }
  return json({ unitCost: String(request.env.settings.cashbillUnitCost) });
}

/** `GET /Cashbill/ChargeInfo`: `{unitCost, chargeMethod, rateSystem}`, all strings. */
export function handleChargeInfo(request: SandboxRequest): SandboxReply {
  const { member } = authorize(request);
  return json(chargeInfoOf(request, member, request.env.settings.cashbillUnitCost));
}
