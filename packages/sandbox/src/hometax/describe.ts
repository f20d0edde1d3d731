import { kstDateTime } from "../kst.js";
import { type CrawlJob, JOB_LIFETIME_MS, jobStateAt } from "./jobs.js";
import { type HometaxState } from "./state.js";
import { HOMETAX_SERVICES } from "./types.js";

/** What is configured for a member (never a password or secAuth). */
export function describeMember(state: HometaxState, corpNum: string) {
  const { logins } = state;
  const services = Object.fromEntries(
    HOMETAX_SERVICES.map((service) => {
      const user = logins.deptUser(corpNum, service);
      const certificate = logins.certificate(corpNum, service);
      return [
        service,
        {
          deptUser: user
            ? {
                id: user.id,
                secAuth: user.secAuth,
                registeredAt: new Date(user.registeredAtMs).toISOString(),
              }
            : null,
          certificate: certificate
            ? {
                certificateExpiration: kstDateTime(certificate.expiresAtMs),
                expiresAt: new Date(certificate.expiresAtMs).toISOString(),
                valid: certificate.valid,
              }
            : null,
        },
      ];
    }),
  );
  return {
    corpNum,
    hometaxAccountId: logins.accountId(corpNum) ?? null,
    services,
    pendingFailures: state.pendingFailures(corpNum),
  };
}

/** A job for the control API: its request, outcome and the JobState at `nowMs`. */
export function describeJob(job: CrawlJob, nowMs: number) {
  return {
    jobID: job.jobID,
    corpNum: job.corpNum,
    service: job.service,
    direction: job.direction,
    dType: job.service === "Taxinvoice" ? job.dType : null,
    sDate: job.sDate,
    eDate: job.eDate,
    requestedAt: new Date(job.requestedAtMs).toISOString(),
    expiresAt: new Date(job.requestedAtMs + JOB_LIFETIME_MS).toISOString(),
    documents: job.rows.length,
    outcome: { errorCode: job.outcome.errorCode, errorReason: job.outcome.errorReason },
    state: jobStateAt(job, nowMs),
  };
}
