import { fromKstCompact } from "@korbill/core-domain";
import type { HometaxCommonCalls } from "../client/common.js";
import { isHometaxRefusal } from "../client/errors.js";
import type { WireResponse } from "../wire.js";

/**
 * Which HomeTax logins a member has registered. POPBiLL has no single "which method" call
 * (popbill 1.64.2 HTCashbillService.js / HTTaxinvoiceService.js): korbill infers it from
 * CheckDeptUser (code 1 = a department user is registered) and CertInfo (an expiry date = a
 * certificate is registered). A -111 refusal or "does not exist" of either reads as "not
 * registered"; outages and korbill's own token trouble are rethrown unchanged.
 */

/** An upstream code and message kept as a fact rather than thrown. */
export interface UpstreamProblem {
  code: number | null;
  message: string;
}

/** Outcome of a registration check. */
export interface Registration {
  registered: boolean;
  /** Why not, when POPBiLL said so. */
  problem: UpstreamProblem | null;
}

/** Outcome of a certificate lookup. */
export interface CertificateRegistration extends Registration {
  expiresAt: Date | null;
}

/** Outcome of a live HomeTax login test (CheckLoginDeptUser / CheckCertValidation). */
export interface LoginCheck {
  ok: boolean;
  problem: UpstreamProblem | null;
}

function problemOf(error: { code?: number | undefined; message: string }): UpstreamProblem {
  return { code: error.code ?? null, message: error.message };
}

/** Runs a check; a HomeTax refusal becomes its problem, anything else is rethrown. */
async function refusalAsFact<T>(
  call: () => Promise<T>,
): Promise<{ value?: T; problem?: UpstreamProblem }> {
  try {
    return { value: await call() };
  } catch (error) {
    if (isHometaxRefusal(error)) return { problem: problemOf(error) };
    throw error;
  }
}

function okReply(reply: WireResponse | undefined): UpstreamProblem | null {
  if (!reply || reply.code === undefined || Number(reply.code) === 1) return null;
  return { code: Number(reply.code), message: reply.message ?? "" };
}

/** Whether POPBiLL holds a department user for the service (CheckDeptUser). */
export async function deptUserRegistration(
  calls: HometaxCommonCalls,
  corpNum: string,
  userId?: string,
): Promise<Registration> {
  const r = await refusalAsFact(() => calls.checkDeptUser(corpNum, userId));
  const problem = r.problem ?? okReply(r.value);
  return { registered: problem === null, problem };
}

/** Whether POPBiLL holds a certificate for the service, and its expiry (CertInfo). */
export async function certificateRegistration(
  calls: HometaxCommonCalls,
  corpNum: string,
): Promise<CertificateRegistration> {
  const r = await refusalAsFact(() => calls.getCertificateExpireDate(corpNum));
  if (r.problem) return { registered: false, problem: r.problem, expiresAt: null };
  const expiresAt = fromKstCompact(r.value);
  return { registered: expiresAt !== null, problem: null, expiresAt };
}

/** Logs in to HomeTax with the department user (CheckLoginDeptUser); refusals become facts. */
export async function deptUserLogin(
  calls: HometaxCommonCalls,
  corpNum: string,
): Promise<LoginCheck> {
  const r = await refusalAsFact(() => calls.checkLoginDeptUser(corpNum));
  const problem = r.problem ?? okReply(r.value);
  return { ok: problem === null, problem };
}

/** Logs in to HomeTax with the certificate (CheckCertValidation); refusals become facts. */
export async function certificateLogin(
  calls: HometaxCommonCalls,
  corpNum: string,
): Promise<LoginCheck> {
  const r = await refusalAsFact(() => calls.checkCertValidation(corpNum));
  const problem = r.problem ?? okReply(r.value);
  return { ok: problem === null, problem };
}
