import { type SandboxClock } from "../clock.js";
import { DEMO_MEMBERS } from "../seeds.js";
import { toEpochMs } from "./calendar.js";
import { authInfoNotFound, HOMETAX_CODES, LOGIN_FAILED_MESSAGE } from "./codes.js";
import { collectJob, type CrawlRequest } from "./crawl.js";
import {
  type CrawlJob,
  DEFAULT_JOB_TIMING,
  JobBook,
  type JobOutcome,
  type JobTiming,
} from "./jobs.js";
import { type CertificateRecord, HometaxLogins } from "./logins.js";
import { type HometaxService } from "./types.js";

export { type CrawlRequest } from "./crawl.js";

/** The demo HomeTax department-user account, accepted for both demo members. */
export const DEMO_HOMETAX_ACCOUNT = { id: "demo-dept", pwd: "demo-pass-1!" } as const;

/** Options of {@link createHometaxState}. */
export interface HometaxStateOptions {
  /** The sandbox clock (shared with the hosts). */
  readonly clock: SandboxClock;
  /** Configure {@link DEMO_HOMETAX_ACCOUNT} for the demo members (default true). */
  readonly seedDemo?: boolean;
  /** Job timing (default {@link DEFAULT_JOB_TIMING}). */
  readonly timing?: Partial<JobTiming>;
}

/** Creates the HomeTax module's state; the demo account is configured unless told otherwise. */
export function createHometaxState(options: HometaxStateOptions): HometaxState {
  return new HometaxState(options);
}

/**
 * Everything the HomeTax-crawl emulation remembers: HomeTax's own accounts, the logins
 * registered with POPBiLL per member and service, certificates with movable expiry, and crawl
 * jobs, plus the test controls. Job state is computed from the clock when read, so no tick
 * is needed.
 */
export class HometaxState {
  /** The sandbox clock. */
  readonly clock: SandboxClock;
  /** HomeTax accounts and registered logins. */
  readonly logins = new HometaxLogins();
  /** Crawl jobs. */
  readonly jobs = new JobBook();
  #timing: JobTiming = DEFAULT_JOB_TIMING;
  readonly #failures = new Map<string, { code: number; reason: string }[]>();
  /** `{corpNum}|{service}` of members without a flat-rate (정액제) contract for crawling. */
  #noFlatRate = new Set<string>();

  /** Creates the state; prefer {@link createHometaxState}. */
  constructor(options: HometaxStateOptions) {
    this.clock = options.clock;
    if (options.timing) this.setJobTiming(options.timing);
    if (options.seedDemo ?? true)
      for (const { corpNum } of DEMO_MEMBERS)
        this.setHometaxCredentials(corpNum, DEMO_HOMETAX_ACCOUNT.id, DEMO_HOMETAX_ACCOUNT.pwd);
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      logins: this.logins.dump(),
      jobs: this.jobs.dump(),
      timing: this.#timing,
      noFlatRate: this.#noFlatRate,
    };
  }

  load(data: ReturnType<HometaxState["dump"]>): void {
    this.logins.load(data.logins);
    this.jobs.load(data.jobs);
    this.#timing = data.timing;
    this.#noFlatRate = new Set(data.noFlatRate ?? []);
  }

  /**
   * Whether the member holds a flat-rate (정액제) contract for the crawl service. [INF] Every
   * member does unless a test cancels it ({@link setFlatRate}); the CHRG popup subscribes again.
   */
  hasFlatRate(corpNum: string, service: HometaxService): boolean {
    return !this.#noFlatRate.has(`${corpNum}|${service}`);
  }

  /** Gives the member a flat-rate contract for the service, or takes it away. */
  setFlatRate(corpNum: string, service: HometaxService, subscribed: boolean): void {
    const key = `${corpNum}|${service}`;
    if (subscribed) this.#noFlatRate.delete(key);
    else this.#noFlatRate.add(key);
  }

  /** Sets the department-user ID/password HomeTax accepts for the member (replacing any). */
  setHometaxCredentials(corpNum: string, id: string, pwd: string): void {
    this.logins.setAccount(corpNum, id, pwd);
  }

  /** Removes the member's HomeTax account, so every department-user login fails. */
  clearHometaxCredentials(corpNum: string): void {
    this.logins.clearAccount(corpNum);
  }

  /**
   * Registers (or replaces) a certificate for a service, as the TG=CERT page does. `expiresAt`
   * is a Date, epoch ms, an ISO-8601 string or KST `yyyyMMddHHmmss`; a past instant is allowed.
   */
  registerCertificate(
    corpNum: string,
    service: HometaxService,
    expiresAt: Date | number | string,
  ): CertificateRecord {
    return this.logins.registerCertificate(
      corpNum,
      service,
      toEpochMs(expiresAt),
      this.clock.nowMs(),
    );
  }

  /** Makes HomeTax refuse the registered certificate (CertCheck -11100001); false when none. */
  invalidateCertificate(corpNum: string, service: HometaxService): boolean {
    return this.logins.invalidateCertificate(corpNum, service);
  }

  /** Removes the registered certificate; false when none. */
  removeCertificate(corpNum: string, service: HometaxService): boolean {
    return this.logins.removeCertificate(corpNum, service);
  }

  /** Makes the member's next crawl (either service) finish with `code` and `reason`. Queued. */
  failNextJob(corpNum: string, code: number, reason: string): void {
    if (!Number.isSafeInteger(code) || code === 1)
      throw new RangeError("code must be a whole number other than 1 (1 means success)");
    const queue = this.#failures.get(corpNum) ?? [];
    queue.push({ code, reason });
    this.#failures.set(corpNum, queue);
  }

  /** Failures queued by {@link failNextJob} and not yet used. */
  pendingFailures(corpNum: string): number {
    return this.#failures.get(corpNum)?.length ?? 0;
  }

  /** Changes the timing of jobs requested from now on; returns the effective timing. */
  setJobTiming(timing: Partial<JobTiming>): JobTiming {
    const next: JobTiming = {
      pendingMs: timing.pendingMs ?? this.#timing.pendingMs,
      processingMs: timing.processingMs ?? this.#timing.processingMs,
    };
    for (const [name, value] of Object.entries(next))
      if (!Number.isFinite(value) || value < 0)
        throw new RangeError(`${name} must be a number >= 0`);
    this.#timing = next;
    return next;
  }

  /** The timing of new jobs. */
  get jobTiming(): JobTiming {
    return this.#timing;
  }

  /**
   * Starts a crawl: -11100025 when nothing is registered for the service; otherwise a job
   * whose outcome is decided now — a queued failure, else -11100001 when neither the
   * department user nor the certificate logs in, else success with every document.
   */
  requestJob(request: CrawlRequest): CrawlJob {
    const corpNum = request.member.corpNum;
    const nowMs = this.clock.nowMs();
    if (!this.logins.hasAny(corpNum, request.service)) throw authInfoNotFound();
    const job = collectJob(request, {
      jobID: this.jobs.nextJobId(nowMs),
      requestedAtMs: nowMs,
      timing: this.#timing,
      outcome: this.#outcome(corpNum, request.service, nowMs),
    });
    this.jobs.add(job);
    return job;
  }

  #outcome(corpNum: string, service: HometaxService, nowMs: number): JobOutcome {
    const failure = this.#failures.get(corpNum)?.shift();
    if (failure) return { errorCode: failure.code, errorReason: failure.reason, atLogin: false };
    if (!this.logins.canLogIn(corpNum, service, nowMs))
      return {
        errorCode: HOMETAX_CODES.loginFailed,
        errorReason: LOGIN_FAILED_MESSAGE,
        atLogin: true,
      };
    return { errorCode: 1, errorReason: "", atLogin: false };
  }
}
