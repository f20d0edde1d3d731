import { toKstIso } from "@korbill/core-domain";
import type { HometaxCommonCalls } from "../client/common.js";
import { HometaxAuthMethod, HometaxReadinessStatus, HometaxService } from "../enums.js";
import { type FlatRateCheck, flatRateCheck } from "./flat-rate.js";
import {
  type CertificateRegistration,
  type LoginCheck,
  type Registration,
  type UpstreamProblem,
  certificateLogin,
  certificateRegistration,
  deptUserLogin,
  deptUserRegistration,
} from "./auth-status.js";

/** A certificate this close to its expiry is reported as CERTIFICATE_EXPIRING. */
export const CERTIFICATE_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
const KST_OFFSET_MS = 9 * 3_600_000;

/**
 * Whole KST calendar days from `now` to `expiresAt`: 0 on the day it expires, -1 the day after.
 * Why calendar days: a certificate expires at a moment of a KST day (POPBiLL gives
 * `yyyyMMddHHmmss` KST, usually 23:59:59), and flooring the elapsed milliseconds made one that
 * expired yesterday read -2 once a full day had passed.
 */
function kstDaysBetween(now: number, expiresAt: Date): number {
  // The KST day number of an instant (KST has no DST, so a fixed +9 h offset is exact).
  const kstDay = (ms: number) => Math.floor((ms + KST_OFFSET_MS) / DAY_MS);
  return kstDay(expiresAt.getTime()) - kstDay(now);
}

/** What korbill found out about a member's HomeTax logins for one service. */
export interface ReadinessFacts {
  deptUser: Registration & { login: LoginCheck | null };
  certificate: CertificateRegistration & { login: LoginCheck | null };
  /** GetFlatRateState's answer; undefined when not checked. */
  flatRate?: FlatRateCheck;
}

/** The answer of `hometaxReadiness`. */
export interface HometaxReadinessView {
  service: HometaxService;
  status: HometaxReadinessStatus;
  /** The login crawling will use (or would try), null when nothing is registered. */
  method: HometaxAuthMethod | null;
  advice: string;
  certificateExpiresAt: string | null;
  certificateDaysLeft: number | null;
  /** POPBiLL's code and message of the failing check, when one failed. */
  problemCode: number | null;
  problemMessage: string | null;
  /** Whether the flat-rate contract is active; null when not checked. */
  flatRateActive: boolean | null;
  checkedAt: string;
}

const RIGHTS = {
  [HometaxService.CASHBILL]: "cash-receipt (현금영수증) inquiry",
  [HometaxService.TAXINVOICE]: "e-tax-invoice (전자세금계산서) inquiry",
} as const;

function describe(problem: UpstreamProblem | null | undefined): string {
  if (!problem) return "";
  return problem.code === null ? ` (${problem.message})` : ` (${problem.code}: ${problem.message})`;
}

function day(date: Date): string {
  return toKstIso(date).slice(0, 10);
}

const DEPT_USER_PITCH =
  "a department user (부서사용자, recommended: free, read-only, semi-permanent, several logins at once)";

/**
 * The decision table of `hometaxReadiness` [INF: POPBiLL does not say which login it uses
 * when both are registered; korbill assumes the department user first, as POPBiLL recommends]:
 * nothing registered -> NO_METHOD_REGISTERED; a department user that logs in -> READY; else a
 * certificate: expired -> CERTIFICATE_EXPIRED, login refused -> LOGIN_FAILING, expiring within
 * 30 days -> CERTIFICATE_EXPIRING, otherwise READY; else (department user only, refused) ->
 * LOGIN_FAILING.
 */
export function decideReadiness(
  service: HometaxService,
  facts: ReadinessFacts,
  now: number,
): HometaxReadinessView {
  const login = decideLogin(service, facts, now);
  const flatRate = facts.flatRate;
  if (!flatRate) return login;
  if (flatRate.active) return { ...login, flatRateActive: true };
  const advice =
    `${login.advice} Crawling also needs a flat-rate (정액제) contract for ${service === HometaxService.CASHBILL ? "cash receipts" : "tax invoices"}, ` +
    `and POPBiLL has no active one for this member${describe(flatRate.problem)}: subscribe on the page hometaxFlatRatePopupUrl opens (hometaxFlatRate shows the contract).`;
  const loginWorks =
    login.status === HometaxReadinessStatus.READY ||
    login.status === HometaxReadinessStatus.CERTIFICATE_EXPIRING;
  return loginWorks
    ? {
        ...login,
        status: HometaxReadinessStatus.FLAT_RATE_MISSING,
        advice,
        flatRateActive: false,
        problemCode: flatRate.problem?.code ?? null,
        problemMessage: flatRate.problem?.message ?? null,
      }
    : { ...login, advice, flatRateActive: false };
}

/** The login part of {@link decideReadiness}. */
function decideLogin(
  service: HometaxService,
  facts: ReadinessFacts,
  now: number,
): HometaxReadinessView {
  const { deptUser, certificate } = facts;
  const expiresAt = certificate.registered ? certificate.expiresAt : null;
  const daysLeft = expiresAt ? kstDaysBetween(now, expiresAt) : null;
  const base = {
    service,
    certificateExpiresAt: expiresAt ? toKstIso(expiresAt) : null,
    certificateDaysLeft: daysLeft,
    checkedAt: toKstIso(now),
  };
  const result = (
    status: HometaxReadinessStatus,
    method: HometaxAuthMethod | null,
    advice: string,
    problem: UpstreamProblem | null = null,
  ): HometaxReadinessView => ({
    ...base,
    status,
    method,
    advice,
    problemCode: problem?.code ?? null,
    problemMessage: problem?.message ?? null,
    flatRateActive: null,
  });
  const deptProblem = deptUser.registered ? deptUser.login?.problem : null;
  const deptNote = deptProblem
    ? ` The registered department user could not log in${describe(deptProblem)}; fix its ID/password in HomeTax and register it again with registerHometaxDeptUser.`
    : "";

  if (!deptUser.registered && !certificate.registered)
    return result(
      HometaxReadinessStatus.NO_METHOD_REGISTERED,
      null,
      `No HomeTax login is registered for ${service === HometaxService.CASHBILL ? "cash receipts" : "tax invoices"}. ` +
        `Register ${DEPT_USER_PITCH} with registerHometaxDeptUser — create it in HomeTax under My HomeTax > 부서사용자 관리 with ${RIGHTS[service]} rights — ` +
        "or register a joint certificate (공동인증서: paid, renewed every year, one login at a time) on the page hometaxCertificatePopupUrl opens.",
    );

  if (deptUser.registered && deptUser.login?.ok !== false) {
    const certNote =
      expiresAt && daysLeft !== null && daysLeft <= CERTIFICATE_WARNING_DAYS
        ? ` (The registered certificate ${expiresAt.getTime() <= now ? "expired" : "expires"} on ${day(expiresAt)}; it is not needed while the department user works.)`
        : "";
    return result(
      HometaxReadinessStatus.READY,
      HometaxAuthMethod.DEPT_USER,
      `Crawling will log in to HomeTax with the registered department user. Nothing to do.${certNote}`,
    );
  }

  if (certificate.registered && expiresAt) {
    if (expiresAt.getTime() <= now)
      return result(
        HometaxReadinessStatus.CERTIFICATE_EXPIRED,
        deptUser.registered ? HometaxAuthMethod.DEPT_USER : HometaxAuthMethod.CERTIFICATE,
        `The registered certificate expired on ${day(expiresAt)}, so HomeTax will refuse it. ` +
          `Register ${DEPT_USER_PITCH} with registerHometaxDeptUser, or renew the certificate and register it again on the page hometaxCertificatePopupUrl opens.${deptNote}`,
        deptProblem ?? null,
      );
    const certProblem = certificate.login?.ok === false ? certificate.login.problem : null;
    if (certProblem)
      return result(
        HometaxReadinessStatus.LOGIN_FAILING,
        HometaxAuthMethod.CERTIFICATE,
        `HomeTax refused the certificate login${describe(certProblem)}. Register the certificate HomeTax knows again on the page hometaxCertificatePopupUrl opens, ` +
          `or register ${DEPT_USER_PITCH} with registerHometaxDeptUser.${deptNote}`,
        certProblem,
      );
    if (daysLeft !== null && daysLeft <= CERTIFICATE_WARNING_DAYS)
      return result(
        HometaxReadinessStatus.CERTIFICATE_EXPIRING,
        HometaxAuthMethod.CERTIFICATE,
        `Crawling works now with the registered certificate, but it expires on ${day(expiresAt)} (in ${daysLeft} days). ` +
          `Renew it and register it again on the page hometaxCertificatePopupUrl opens, or switch to ${DEPT_USER_PITCH} with registerHometaxDeptUser.${deptNote}`,
        deptProblem ?? null,
      );
    return result(
      HometaxReadinessStatus.READY,
      HometaxAuthMethod.CERTIFICATE,
      `Crawling will log in to HomeTax with the registered certificate, valid until ${day(expiresAt)}. ` +
        `Consider ${DEPT_USER_PITCH} so crawling keeps working without a yearly renewal.${deptNote}`,
      deptProblem ?? null,
    );
  }

  return result(
    HometaxReadinessStatus.LOGIN_FAILING,
    HometaxAuthMethod.DEPT_USER,
    `HomeTax refused the department user's login${describe(deptProblem)}. Check its ID and password in HomeTax (My HomeTax > 부서사용자 관리) ` +
      `and that it has ${RIGHTS[service]} rights, then register it again with registerHometaxDeptUser.`,
    deptProblem ?? null,
  );
}

/**
 * Gathers the facts with as few HomeTax logins as possible (registration checks in parallel;
 * the department-user login test when one is registered; the certificate login test only when
 * the department user cannot carry crawling and the certificate has not expired), then decides.
 */
export async function checkReadiness(
  calls: HometaxCommonCalls,
  service: HometaxService,
  corpNum: string,
  now: () => number,
  userId?: string,
): Promise<HometaxReadinessView> {
  const [dept, cert, flatRate] = await Promise.all([
    deptUserRegistration(calls, corpNum, userId),
    certificateRegistration(calls, corpNum),
    flatRateCheck(calls, corpNum, userId),
  ]);
  const deptLogin = dept.registered ? await deptUserLogin(calls, corpNum) : null;
  const certUsable = cert.registered && cert.expiresAt !== null && cert.expiresAt.getTime() > now();
  const certLogin =
    deptLogin?.ok !== true && certUsable ? await certificateLogin(calls, corpNum) : null;
  return decideReadiness(
    service,
    {
      deptUser: { ...dept, login: deptLogin },
      certificate: { ...cert, login: certLogin },
      flatRate,
    },
    now(),
  );
}
