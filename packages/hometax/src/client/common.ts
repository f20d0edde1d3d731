import type { PopbillTransport } from "@korbill/core-upstream";
import { redacted } from "./errors.js";
import type {
  WireCertInfo,
  WireChargeInfo,
  WireDeptUserRequest,
  WireFlatRateState,
  WireHometaxSvc,
  WireJobState,
  WireResponse,
  WireUrlResponse,
} from "../wire.js";
import { jobIdSegment } from "./guards.js";

/** A bound caller for one crawl service: its base path and token scopes. */
export interface ServiceCaller {
  popbill: PopbillTransport;
  svc: WireHometaxSvc;
  scopes: readonly string[];
}

/** `GET` on the service; `userId` only where the Node SDK sends one. */
export function getFrom<T>(
  caller: ServiceCaller,
  corpNum: string,
  path: string,
  userId?: string,
): Promise<T> {
  return caller.popbill.request<T>({
    corpNum,
    scopes: caller.scopes,
    ...(userId ? { userId } : {}),
    method: "GET",
    path,
  });
}

/**
 * The calls both crawl services share, in the upstream's own terms (popbill.md §3c). Paths are
 * under `/HomeTax/{Cashbill|Taxinvoice}`; the SDK sends no UserID on CertInfo, CertCheck and
 * DeptUser/Check, and neither does this client.
 */
export function commonCalls(caller: ServiceCaller) {
  const base = `/HomeTax/${caller.svc}`;
  const get = <T>(corpNum: string, path: string, userId?: string) =>
    getFrom<T>(caller, corpNum, path, userId);
  return {
    /** GetCertificatePopUpURL (`?TG=CERT`): the HomeTax-authentication popup, valid 30 s. */
    async getCertificatePopUpURL(corpNum: string, userId?: string): Promise<string> {
      return (await get<WireUrlResponse>(corpNum, `${base}?TG=CERT`, userId)).url;
    },

    /** GetCertificateExpireDate (`/CertInfo`): the registered certificate's expiry, `yyyyMMddHHmmss`. */
    async getCertificateExpireDate(corpNum: string): Promise<string> {
      return (await get<WireCertInfo>(corpNum, `${base}/CertInfo`)).certificateExpiration;
    },

    /** CheckCertValidation (`/CertCheck`): logs in to HomeTax with the certificate; code 1 = works. */
    async checkCertValidation(corpNum: string): Promise<WireResponse> {
      return get(corpNum, `${base}/CertCheck`);
    },

    /**
     * RegistDeptUser (`POST /DeptUser`, body `{"id","pwd","secAuth"?}`). The password goes
     * only into the body; an upstream message that echoes it is masked.
     */
    async registDeptUser(
      corpNum: string,
      user: WireDeptUserRequest,
      userId?: string,
    ): Promise<WireResponse> {
      const body = { id: user.id, pwd: user.pwd, secAuth: user.secAuth };
      try {
        return await caller.popbill.request<WireResponse>({
          corpNum,
          scopes: caller.scopes,
          ...(userId ? { userId } : {}),
          method: "POST",
          path: `${base}/DeptUser`,
          body,
        });
      } catch (error) {
        throw redacted(error, [user.pwd, user.secAuth ?? ""]);
      }
    },

    /** CheckDeptUser (`GET /DeptUser`): whether POPBiLL holds a department user; code 1 = yes. */
    async checkDeptUser(corpNum: string, userId?: string): Promise<WireResponse> {
      return get(corpNum, `${base}/DeptUser`, userId);
    },

    /** CheckLoginDeptUser (`/DeptUser/Check`): logs in to HomeTax with it; code 1 = works. */
    async checkLoginDeptUser(corpNum: string): Promise<WireResponse> {
      return get(corpNum, `${base}/DeptUser/Check`);
    },

    /** DeleteDeptUser (`POST /DeptUser`, override DELETE, no body). */
    async deleteDeptUser(corpNum: string, userId?: string): Promise<WireResponse> {
      return caller.popbill.request<WireResponse>({
        corpNum,
        scopes: caller.scopes,
        ...(userId ? { userId } : {}),
        method: "POST",
        path: `${base}/DeptUser`,
        override: "DELETE",
      });
    },

    /** GetJobState (`/{JobID}/State`). */
    async getJobState(corpNum: string, jobId: string, userId?: string): Promise<WireJobState> {
      return get(corpNum, `${base}/${jobIdSegment(jobId)}/State`, userId);
    },

    /** ListActiveJob (`/JobList`): the member's jobs of the last hour [INF]. */
    async listActiveJob(corpNum: string, userId?: string): Promise<WireJobState[]> {
      return get(corpNum, `${base}/JobList`, userId);
    },

    /** GetFlatRatePopUpURL (`?TG=CHRG`): the flat-rate subscription popup, valid 30 s. */
    async getFlatRatePopUpURL(corpNum: string, userId?: string): Promise<string> {
      return (await get<WireUrlResponse>(corpNum, `${base}?TG=CHRG`, userId)).url;
    },

    /** GetFlatRateState (`/Contract`). */
    async getFlatRateState(corpNum: string, userId?: string): Promise<WireFlatRateState> {
      return get(corpNum, `${base}/Contract`, userId);
    },

    /** GetChargeInfo (`/ChargeInfo`). */
    async getChargeInfo(corpNum: string, userId?: string): Promise<WireChargeInfo> {
      return get(corpNum, `${base}/ChargeInfo`, userId);
    },
  };
}

/** The calls both crawl services share. */
export type HometaxCommonCalls = ReturnType<typeof commonCalls>;
