import { InputError } from "@korbill/core-domain";
import type { WireChargeInfo, WireRemainPoint, WireUnitCost, WireUrl } from "../wire.js";
import { type CallContext, type ExpiringUrl, as, expiringUrl, get } from "./request.js";
import type { PointsService } from "../enums.js";
import { POINTS_SCOPES, SERVICE_SPECS } from "./services.js";

/** The only TOGO the SDK's getPartnerURL accepts (BaseService.js:120). */
export type PartnerTogo = "CHRG";

/**
 * Balances, prices and the charge/payment/history page URLs. The balance calls go to the
 * Linkhub auth host (`{auth}/{serviceID}/…`, popbill.md §1.7), the rest to the API host.
 */
export function balanceCalls(ctx: CallContext) {
  const { popbill, clock } = ctx;
  const memberUrl = (corpNum: string, togo: string, userId?: string) =>
    expiringUrl(clock, () => get<WireUrl>(ctx, corpNum, `/Member?TG=${togo}`, userId));

  return {
    /** GetBalance: the member's remaining points (`GET {auth}/{serviceID}/Point`). */
    async getBalance(corpNum: string): Promise<number> {
      const reply = await popbill.authHostRequest<WireRemainPoint>({
        corpNum,
        scopes: POINTS_SCOPES,
        path: "/Point",
      });
      return Number(reply.remainPoint);
    },

    /** GetPartnerBalance: the partner's remaining points (`GET {auth}/{serviceID}/PartnerPoint`). */
    async getPartnerBalance(corpNum: string): Promise<number> {
      const reply = await popbill.authHostRequest<WireRemainPoint>({
        corpNum,
        scopes: POINTS_SCOPES,
        path: "/PartnerPoint",
      });
      return Number(reply.remainPoint);
    },

    /** GetPartnerURL: the partner's point-charge page (`GET {auth}/{serviceID}/URL?TG=CHRG`). */
    async getPartnerURL(corpNum: string, togo: PartnerTogo = "CHRG"): Promise<ExpiringUrl> {
      if (togo !== "CHRG") {
        throw new InputError("getPartnerURL: TOGO must be CHRG", [
          { path: "togo", message: "must be CHRG" },
        ]);
      }
      return expiringUrl(
        clock,
        () =>
          popbill.authHostRequest<WireUrl>({
            corpNum,
            scopes: POINTS_SCOPES,
            path: `/URL?TG=${togo}`,
          }),
        "linkhub",
      );
    },

    /** GetChargeURL: the member's point-charge page (`GET /Member?TG=CHRG`). */
    getChargeURL: async (corpNum: string, userId?: string) => memberUrl(corpNum, "CHRG", userId),

    /** GetPaymentURL: the member's payment-history page (`GET /Member?TG=PAYMENT`). */
    getPaymentURL: async (corpNum: string, userId?: string) =>
      memberUrl(corpNum, "PAYMENT", userId),

    /** GetUseHistoryURL: the member's points-usage page (`GET /Member?TG=USEHISTORY`). */
    getUseHistoryURL: async (corpNum: string, userId?: string) =>
      memberUrl(corpNum, "USEHISTORY", userId),

    /**
     * GetUnitCost of `service`, with that service's own scopes. HomeTax crawls have no unit
     * cost (they are flat-rate): asking for one is refused without a call.
     */
    async getUnitCost(
      corpNum: string,
      service: PointsService,
      userId?: string,
    ): Promise<WireUnitCost> {
      const spec = SERVICE_SPECS[service];
      if (!spec?.unitCostPath) {
        const message = "has no per-use unit cost (HomeTax crawls are flat-rate); ask chargeInfo";
        throw new InputError(`service ${String(service)} ${message}`, [
          { path: "service", message },
        ]);
      }
      return popbill.request<WireUnitCost>({
        ...as(corpNum, spec.unitCostSendsUserId ? userId : undefined, spec.scopes),
        method: "GET",
        path: spec.unitCostPath,
      });
    },

    /** GetChargeInfo of `service` (과금정보), with that service's own scopes. */
    async getChargeInfo(
      corpNum: string,
      service: PointsService,
      userId?: string,
    ): Promise<WireChargeInfo> {
      const spec = SERVICE_SPECS[service];
      if (!spec) {
        throw new InputError(`unknown service ${String(service)}`, [
          { path: "service", message: "unknown service" },
        ]);
      }
      return get<WireChargeInfo>(ctx, corpNum, spec.chargeInfoPath, userId, spec.scopes);
    },
  };
}
