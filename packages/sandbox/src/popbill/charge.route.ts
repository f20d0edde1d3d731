import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { authorize } from "./auth.js";

/** [INF] ChargeInfo value domains are undocumented; these are the values POPBiLL's UI uses. */
export const CHARGE_METHOD = "연동과금";
/** [INF] see {@link CHARGE_METHOD}. */
export const RATE_SYSTEM = "분담제";

/** `GET /Cashbill?cfg=UNITCOST` (getUnitCost): `{unitCost: "11"}` — a JSON string [INF]. */
export function handleCashbillConfig(request: SandboxRequest): SandboxReply {
  authorize(request);
  const cfg = request.query.get("cfg");
  if (cfg?.toUpperCase() !== "UNITCOST") {
    // [INF] TG= URLs of the cash-receipt service are not emulated
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
  authorize(request);
  return json({
    unitCost: String(request.env.settings.cashbillUnitCost),
    chargeMethod: CHARGE_METHOD,
    rateSystem: RATE_SYSTEM,
  });
}
