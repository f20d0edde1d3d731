import { InputError } from "@korbill/core-domain";
import { type PopbillTransport } from "@korbill/core-upstream";
import type {
  WireBulkResponse,
  WireBulkResult,
  WireCashbill,
  WireCashbillDetail,
  WireCashbillInfo,
  WireChargeInfo,
  WireIssueResponse,
  WireRevokeRequest,
  WireSearchResult,
  WireUnitCost,
} from "../wire.js";
import { type PreparedBulk, bulkHeaders, prepareBulk } from "./bulk.js";
import { afterIssueCalls } from "./after-issue.js";
import { segment } from "./paths.js";
import { revokeBody } from "./revoke.js";
import { type CashbillSearchQuery, searchPath } from "./search.js";

export { type PreparedBulk, prepareBulk } from "./bulk.js";
export { type CashbillSearchQuery, type SearchDateType, searchPath } from "./search.js";

/** Token scopes of every cash-receipt call (popbill.md §1.5). */
export const CASHBILL_SCOPES = ["member", "140"] as const;

/** The most MgtKeys one GetInfos call accepts. */
export const MAX_GET_INFOS = 1000;

/** Options of {@link CashbillClient.registIssue}. */
export interface RegistIssueOptions {
  /** 상태메모 (≤ 200 chars), appended to the body last, as the SDK does. */
  memo?: string;
  /** Subject of the buyer's notification e-mail (≤ 300 chars), appended after `memo`. */
  emailSubject?: string;
  userId?: string;
}

/**
 * Typed POPBiLL cash-receipt calls in the upstream's own terms, no GraphQL. Usable from a
 * script: `createCashbillClient({ popbill }).getInfo("1234567890", "MK-1")`. Nothing here
 * validates business rules (see `validate/`); path segments are only charset-checked.
 */
export function createCashbillClient(deps: { popbill: PopbillTransport }) {
  const { popbill } = deps;
  const base = (corpNum: string, userId?: string) => ({
    corpNum,
    scopes: CASHBILL_SCOPES,
    ...(userId ? { userId } : {}),
  });
  const get = <T>(corpNum: string, path: string, userId?: string) =>
    popbill.request<T>({ ...base(corpNum, userId), method: "GET", path });

  const client = {
    /** URLs, resends, logs, e-mail settings, assignMgtKey (client/after-issue.ts). */
    ...afterIssueCalls(popbill),

    /** RegistIssue (즉시발행): `POST /Cashbill`, override ISSUE. Not retried: a lost reply is reconciled with getInfo. */
    async registIssue(
      corpNum: string,
      cashbill: WireCashbill,
      options: RegistIssueOptions = {},
    ): Promise<WireIssueResponse> {
      const { memo, emailSubject, ...rest } = cashbill;
      const body = {
        ...rest,
        memo: options.memo ?? memo,
        emailSubject: options.emailSubject ?? emailSubject,
      };
      return popbill.request<WireIssueResponse>({
        ...base(corpNum, options.userId),
        method: "POST",
        path: "/Cashbill",
        override: "ISSUE",
        body,
      });
    },

    /** RevokeRegistIssue (취소 현금영수증 즉시발행): `POST /Cashbill`, override REVOKEISSUE. */
    async revokeRegistIssue(
      corpNum: string,
      req: WireRevokeRequest,
      userId?: string,
    ): Promise<WireIssueResponse> {
      return popbill.request<WireIssueResponse>({
        ...base(corpNum, userId),
        method: "POST",
        path: "/Cashbill",
        override: "REVOKEISSUE",
        body: revokeBody(req),
      });
    },

    /** Serialises a bulk once and digests it; see {@link PreparedBulk}. */
    prepareBulk,

    /**
     * Sends prepared BULKISSUE bytes exactly once (`retry: "never"`): after an ambiguous
     * failure the caller asks getBulkResult, never resends blindly.
     */
    async sendPreparedBulk(
      corpNum: string,
      submitId: string,
      prepared: PreparedBulk,
      userId?: string,
    ): Promise<WireBulkResponse> {
      return popbill.request<WireBulkResponse>({
        ...base(corpNum, userId),
        method: "POST",
        path: "/Cashbill",
        override: "BULKISSUE",
        body: prepared.body,
        extraHeaders: bulkHeaders(submitId, prepared),
        retry: "never",
      });
    },

    /** BulkSubmit (초대량 발행 접수): prepareBulk + sendPreparedBulk in one step. */
    async bulkSubmit(
      corpNum: string,
      submitId: string,
      cashbills: readonly WireCashbill[],
      userId?: string,
    ): Promise<WireBulkResponse> {
      return client.sendPreparedBulk(corpNum, submitId, prepareBulk(submitId, cashbills), userId);
    },

    /** GetBulkResult: `GET /Cashbill/BULK/{SubmitID}/State`; `issueResult` once txState is 2. */
    async getBulkResult(
      corpNum: string,
      submitId: string,
      userId?: string,
    ): Promise<WireBulkResult> {
      return get(corpNum, `/Cashbill/BULK/${segment(submitId, "submitId")}/State`, userId);
    },

    /** GetInfo: `GET /Cashbill/{MgtKey}`; an unknown key fails with -14000003. */
    async getInfo(corpNum: string, mgtKey: string, userId?: string): Promise<WireCashbillInfo> {
      return get(corpNum, `/Cashbill/${segment(mgtKey, "mgtKey")}`, userId);
    },

    /**
     * GetInfos: `POST /Cashbill/States` with a JSON array of MgtKeys. Refuses more than
     * {@link MAX_GET_INFOS} keys without a call; no keys answer `[]` without a call. A read,
     * so safe to retry.
     */
    async getInfos(
      corpNum: string,
      mgtKeys: readonly string[],
      userId?: string,
    ): Promise<WireCashbillInfo[]> {
      if (mgtKeys.length > MAX_GET_INFOS) {
        const message = `at most ${MAX_GET_INFOS} keys per call, got ${mgtKeys.length}`;
        throw new InputError(`getInfos: ${message}`, [{ path: "mgtKeys", message }]);
      }
      if (mgtKeys.length === 0) return [];
      return popbill.request<WireCashbillInfo[]>({
        ...base(corpNum, userId),
        method: "POST",
        path: "/Cashbill/States",
        body: [...mgtKeys],
        retry: "idempotent-post",
      });
    },

    /** GetDetailInfo: `GET /Cashbill/{MgtKey}?Detail`, the full Cashbill object. */
    async getDetailInfo(
      corpNum: string,
      mgtKey: string,
      userId?: string,
    ): Promise<WireCashbillDetail> {
      return get(corpNum, `/Cashbill/${segment(mgtKey, "mgtKey")}?Detail`, userId);
    },

    /** Search: `GET /Cashbill/Search?…` in Node's parameter order. */
    async search(
      corpNum: string,
      query: CashbillSearchQuery,
      userId?: string,
    ): Promise<WireSearchResult> {
      return get(corpNum, searchPath(query), userId);
    },

    /** GetUnitCost: `GET /Cashbill?cfg=UNITCOST` (the SDK sends no user id). */
    async getUnitCost(corpNum: string): Promise<WireUnitCost> {
      return get(corpNum, "/Cashbill?cfg=UNITCOST");
    },

    /** GetChargeInfo: `GET /Cashbill/ChargeInfo`. */
    async getChargeInfo(corpNum: string, userId?: string): Promise<WireChargeInfo> {
      return get(corpNum, "/Cashbill/ChargeInfo", userId);
    },
  };
  return client;
}

/** The cash-receipt client's type. */
export type CashbillClient = ReturnType<typeof createCashbillClient>;
