import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";

/**
 * Error codes of the HomeTax-crawl routes (popbill.md §2.6: `-111*` is the crawl family).
 * Statuses are sandbox choices (POPBiLL documents none); every code marked [INF] is korbill's
 * inference or a sandbox choice where POPBiLL documents no number.
 */
export const HOMETAX_CODES = {
  /** -11100001 "Failed login HomeTax": HomeTax refused the department user or certificate. */
  loginFailed: -11100001,
  /**
   * [INF] -11100025 "The information of HomeTax Authentication does not exist": nothing is
   * registered. POPBiLL documents the message, not the number; korbill's shared inference.
   */
  authInfoNotFound: -11100025,
  /** [INF] -11100026 no such JobID for this member and service, or older than an hour. */
  jobNotFound: -11100026,
  /** [INF] -11100027 search/summary on a job that has not finished (jobState 1 or 2). */
  jobNotFinished: -11100027,
  /** -11100020 invalid NTSConfirmNum (popbill.md §2.6); also: no such crawled invoice [INF]. */
  ntsConfirmNumInvalid: -11100020,
  /** [INF] -11100030 no flat-rate (정액제) contract for the crawl service. */
  flatRateMissing: -11100030,
} as const;

/** 404 -11100030 [INF]: the member has no flat-rate contract (Contract, RequestJob). */
export function flatRateMissing(service: string): SandboxHttpError {
  return new SandboxHttpError(
    404,
    HOMETAX_CODES.flatRateMissing,
    `홈택스 ${service} 수집 정액제 서비스를 신청하지 않았습니다. (no flat-rate contract: subscribe on the TG=CHRG page)`,
  );
}

/** -11100020: a malformed (400) or unknown (404 [INF]) NTSConfirmNum. */
export function ntsConfirmNumInvalid(ntsConfirmNum: string, status = 400): SandboxHttpError {
  return new SandboxHttpError(
    status,
    HOMETAX_CODES.ntsConfirmNumInvalid,
    `국세청승인번호가 올바르지 않습니다. (NTSConfirmNum ${ntsConfirmNum})`,
  );
}

/** The message POPBiLL documents for -11100001. */
export const LOGIN_FAILED_MESSAGE = "Failed login HomeTax";
/** The message POPBiLL documents for a member with no HomeTax authentication registered. */
export const AUTH_INFO_NOT_FOUND_MESSAGE =
  "The information of HomeTax Authentication does not exist";

/** 400 -11100001. The message never repeats the ID, password or secAuth that failed. */
export function loginFailed(): SandboxHttpError {
  return new SandboxHttpError(400, HOMETAX_CODES.loginFailed, LOGIN_FAILED_MESSAGE);
}

/** 400 -11100025 [INF]. */
export function authInfoNotFound(): SandboxHttpError {
  return new SandboxHttpError(400, HOMETAX_CODES.authInfoNotFound, AUTH_INFO_NOT_FOUND_MESSAGE);
}

/** 404 -11100026 [INF]: unknown, another member's, another service's or expired JobID. */
export function jobNotFound(jobId: string): SandboxHttpError {
  return new SandboxHttpError(
    404,
    HOMETAX_CODES.jobNotFound,
    `작업아이디(${jobId})가 존재하지 않습니다. JobIDs are valid for one hour after the request.`,
  );
}

/** 400 -11100027 [INF]: the crawl is still pending or processing. */
export function jobNotFinished(jobId: string, jobState: string): SandboxHttpError {
  return new SandboxHttpError(
    400,
    HOMETAX_CODES.jobNotFinished,
    `수집이 완료되지 않았습니다. (JobID ${jobId}, jobState ${jobState}); wait for jobState 3`,
  );
}

/** 400 with the crawl's own error code and reason: search on a failed job. */
export function jobFailed(code: number, reason: string): SandboxHttpError {
  return new SandboxHttpError(400, code, reason);
}

/** 400 -10000001 (the sandbox's code for a malformed request, as on the cash-receipt routes). */
export function badParameter(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}
