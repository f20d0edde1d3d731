import type { PopbillTransport } from "@korbill/core-auth";

/** Scopes of a member-level token for points calls (every POPBiLL service sends `member`). */
export const POINTS_SCOPES = ["member"] as const;

/** `{remainPoint}` as the auth host sends it (popbill.md §1.7). */
export interface RemainPointReply {
  remainPoint: number;
}

/**
 * Typed POPBiLL points calls in the upstream's own terms, no GraphQL. Usable from a script:
 * `createPointsClient({ popbill }).getBalance("1234567890")`.
 */
export function createPointsClient(deps: { popbill: PopbillTransport }) {
  const { popbill } = deps;
  return {
    /** GetBalance: the member's remaining points (`GET {auth}/{serviceID}/Point`). */
    async getBalance(corpNum: string): Promise<number> {
      const reply = await popbill.authHostRequest<RemainPointReply>({
        corpNum,
        scopes: POINTS_SCOPES,
        path: "/Point",
      });
      return Number(reply.remainPoint);
    },
    /** GetPartnerBalance: the partner's remaining points (`GET {auth}/{serviceID}/PartnerPoint`). */
    async getPartnerBalance(corpNum: string): Promise<number> {
      const reply = await popbill.authHostRequest<RemainPointReply>({
        corpNum,
        scopes: POINTS_SCOPES,
        path: "/PartnerPoint",
      });
      return Number(reply.remainPoint);
    },
  };
}

/** The points client's type. */
export type PointsClient = ReturnType<typeof createPointsClient>;
