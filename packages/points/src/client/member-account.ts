import type { WireResponse, WireUrl } from "../wire.js";
import { linkhubStringify } from "./anonymous.js";
import { type CallContext, type ExpiringUrl, as, expiringUrl, get } from "./request.js";

/**
 * The POPBiLL pages `GET /Member?TG={TOGO}` opens, as the SDK's own URL calls name them
 * (popbill@1.64.2 BaseService.js: getAccessURL `TG=LOGIN`, getChargeURL `TG=CHRG`,
 * getPaymentURL `TG=PAYMENT`, getUseHistoryURL `TG=USEHISTORY`; getPopbillURL sends any TOGO).
 */
export const POPBILL_TOGOS = ["LOGIN", "CHRG", "PAYMENT", "USEHISTORY"] as const;
export type PopbillTogo = (typeof POPBILL_TOGOS)[number];

/**
 * Leaving POPBiLL, deleting a contact and the member's login/menu URLs (popbill@1.64.2
 * BaseService.js:179-213, 290-303, 810-835). Destructive calls are never retried.
 */
export function memberAccountCalls(ctx: CallContext) {
  const { popbill, clock } = ctx;
  const memberUrl = (corpNum: string, togo: PopbillTogo, userId?: string) =>
    expiringUrl(clock, () => get<WireUrl>(ctx, corpNum, `/Member?TG=${togo}`, userId));

  return {
    /** GetAccessURL: the member's POPBiLL login page (`GET /Member?TG=LOGIN`, BaseService.js:200). */
    getAccessURL: async (corpNum: string, userId?: string): Promise<ExpiringUrl> =>
      memberUrl(corpNum, "LOGIN", userId),

    /** GetPopbillURL: a POPBiLL menu page (`GET /Member?TG={TOGO}`, BaseService.js:179). */
    getPopbillURL: async (corpNum: string, togo: PopbillTogo, userId?: string) =>
      memberUrl(corpNum, togo, userId),

    /**
     * DeleteContact: `POST /Contact/Delete?ContactID={id}` with an empty body
     * (BaseService.js:290, `Data: ''`). The id is percent-encoded here; POPBiLL ids are
     * `[A-Za-z0-9_-]` so the bytes match the SDK's.
     */
    deleteContact: async (corpNum: string, contactId: string, userId?: string) =>
      popbill.request<WireResponse>({
        ...as(corpNum, userId),
        method: "POST",
        path: `/Contact/Delete?ContactID=${encodeURIComponent(contactId)}`,
        body: "",
      }),

    /**
     * QuitMember: `POST /QuitRequest` with `{"quitReason": …}` serialised the linkhub way
     * (BaseService.js:810). POPBiLL answers `{code: 1, message}`; the SDK then forgets the
     * member's token, as korbill's token cache does on its next refusal.
     */
    quitMember: async (corpNum: string, quitReason: string, userId?: string) =>
      popbill.request<WireResponse>({
        ...as(corpNum, userId),
        method: "POST",
        path: "/QuitRequest",
        body: linkhubStringify({ quitReason }),
      }),
  };
}
