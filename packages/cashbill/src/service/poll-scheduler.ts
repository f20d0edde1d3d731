import { UpstreamNotFoundError } from "@korbill/core-upstream";
import { type WorkClaims, jitteredDelayMs } from "@korbill/core-events";
import type { WireBulkResult } from "../wire.js";
import { PollPlan } from "./poll-plan.js";
import type { BulkResults } from "./results.js";
import { OPEN_STATES, type CashbillStore, type SubmissionRow } from "../store/store.js";
import type { BulkSubmitter, BulkUpstream, SubmissionWatch } from "./submit.js";
import { type BulkLogger, type BulkTiming, submissionUnit } from "./timing.js";

/** A bulk this process sent, for learning how long bulks take. */
interface Sent {
  sentAt: number;
  /** When the last poll that found it open was sent. */
  missedAt: number | null;
  /** When the armed timer was meant to fire (it fires late when the process is busy). */
  plannedAt?: number;
  /** A BULKRESULT webhook reported its completion (and taught the plan). */
  heard?: boolean;
}

/**
 * The one place that decides when GetBulkResult is sent. Each open submission is a unit of
 * work claimed by one instance at a time: the instance that sent it, else whichever instance's
 * pass finds it due first (after a restart, or when its instance died). The holder polls
 * it as POPBiLL asks: the first poll at the learned completion time, then every 2-5 s while
 * txState is 0 or 1; a BULKRESULT webhook rings for an earlier poll, never sooner than 2 s
 * after the last one. The 2 s are kept in the database (`reservePoll`), so they hold across
 * instances and takeovers too.
 */
export class PollScheduler implements SubmissionWatch {
  private readonly polling = new Map<string, Promise<Set<string>>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly sent = new Map<string, Sent>();
  private readonly plan: PollPlan | null;
  private stopped = false;

  constructor(
    private readonly deps: {
      store: CashbillStore;
      upstream: BulkUpstream;
      claims: WorkClaims;
      results: BulkResults;
      submitter: () => BulkSubmitter;
      timing: BulkTiming;
      now: () => number;
      logger?: BulkLogger;
    },
  ) {
    const { timing } = deps;
    const first = timing.firstPollMs ?? 0;
    this.plan =
      first > 0
        ? new PollPlan({
            initialMs: first,
            minMs: timing.minPollMs ?? 250,
            maxMs: timing.pollMaxMs,
          })
        : null;
  }

  /** The least time between two polls of one submission. */
  private get gapMs(): number {
    return this.deps.timing.pollMinMs;
  }

  private unit(corpNum: string, submitId: string): string {
    return submissionUnit(this.deps.store.stage, corpNum, submitId);
  }

  async adopt(corpNum: string, submitId: string): Promise<void> {
    await this.deps.claims.claim(this.unit(corpNum, submitId)).catch(() => false);
  }

  firstPollDelay(): number {
    const { pollMinMs, pollMaxMs } = this.deps.timing;
    return this.plan ? this.plan.firstDelay() : jitteredDelayMs(pollMinMs, pollMaxMs);
  }

  accepted(corpNum: string, submitId: string, sentAt: number, firstPollAt: number): void {
    if (this.plan) this.sent.set(this.unit(corpNum, submitId), { sentAt, missedAt: null });
    this.arm(corpNum, submitId, firstPollAt);
  }

  async done(corpNum: string, submitId: string): Promise<void> {
    const key = this.unit(corpNum, submitId);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.sent.delete(key);
    await this.deps.claims.release(key).catch(() => undefined);
  }

  /**
   * The doorbell (a BULKRESULT webhook): polls now when this instance holds the submission
   * and the last poll was at least 2 s ago (sharing a poll in flight); otherwise brings the
   * next poll forward to the earliest allowed time, for whichever instance holds it. Resolves
   * to the mgtKeys a poll made now filed.
   */
  async ring(corpNum: string, submitId: string): Promise<Set<string>> {
    const key = this.unit(corpNum, submitId);
    this.heard(key);
    const running = this.polling.get(key);
    if (running) return running;
    const row = await this.deps.store.submission(corpNum, submitId);
    if (!row || !OPEN_STATES.includes(row.state)) return new Set();
    const now = this.deps.now();
    const at = Math.max(now, (row.lastPollAt ?? -Infinity) + this.gapMs);
    const mine = await this.deps.claims.claim(key).catch(() => false);
    if (mine && at <= now) return this.poll(row);
    await this.deps.store.checkNoLaterThan(corpNum, submitId, at);
    if (mine) this.arm(corpNum, submitId, at);
    return new Set();
  }

  /** Checks one submission now (the gap permitting), sharing a check in flight. */
  poll(row: SubmissionRow): Promise<Set<string>> {
    const key = this.unit(row.corpNum, row.submitId);
    let running = this.polling.get(key);
    if (!running) {
      running = this.pollNow(row).finally(() => this.polling.delete(key));
      this.polling.set(key, running);
    }
    return running;
  }

  /**
   * One pass: every due submission nobody else holds is claimed and polled (a few at a time),
   * so a dead instance's submissions move here on the next pass. Returns how many were due.
   */
  async tick(concurrency = 8): Promise<number> {
    const due = await this.deps.store.dueSubmissions(this.deps.now(), 100);
    const free = due.filter((r) => !this.polling.has(this.unit(r.corpNum, r.submitId)));
    const held = await this.deps.claims.claimMany(
      free.map((r) => this.unit(r.corpNum, r.submitId)),
    );
    const mine = free.filter((r) => held.has(this.unit(r.corpNum, r.submitId)));
    for (let i = 0; i < mine.length; i += concurrency) {
      await Promise.all(
        mine.slice(i, i + concurrency).map((row) =>
          this.poll(row).catch((e: unknown) =>
            this.deps.logger?.warn("bulk check failed", {
              submitId: row.submitId,
              error: String(e),
            }),
          ),
        ),
      );
    }
    return due.length;
  }

  /** Stops the timers (the gateway is shutting down; claims end with its connection). */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private async pollNow(row: SubmissionRow): Promise<Set<string>> {
    const { store, upstream, now } = this.deps;
    const askedAt = now();
    // Sent less than 2 s ago (here or by another instance): the next pass or timer asks later.
    if (!(await store.reservePoll(row.corpNum, row.submitId, askedAt, this.gapMs))) {
      return new Set();
    }
    let result: WireBulkResult;
    try {
      result = await upstream.getBulkResult(row.corpNum, row.submitId, row.userId ?? undefined);
    } catch (error) {
      if (
        error instanceof UpstreamNotFoundError &&
        (row.state === "RECORDED" || row.state === "RECONCILING")
      ) {
        // The upstream never received it: sending now cannot duplicate (same SubmitID).
        await this.deps.submitter().resend(row);
      } else {
        const next = await this.deps.submitter().retryLater(row, error, askedAt + this.gapMs);
        this.arm(row.corpNum, row.submitId, next);
      }
      return new Set();
    }
    if (result.txState === 2) {
      const filed = await this.deps.results.complete(row, result);
      this.learn(row.corpNum, row.submitId, askedAt);
      await this.done(row.corpNum, row.submitId);
      return filed;
    }
    const { pollMinMs, pollMaxMs } = this.deps.timing;
    const next = askedAt + Math.max(this.gapMs, jitteredDelayMs(pollMinMs, pollMaxMs));
    await store.updateSubmission(row.corpNum, row.submitId, {
      state: result.txState === 1 ? "PROCESSING" : "SUBMITTED",
      txState: result.txState,
      receiptId: result.receiptID ?? row.receiptId,
      attempts: 0,
      nextCheckAt: next,
      updatedAt: now(),
    });
    const sent = this.sent.get(this.unit(row.corpNum, row.submitId));
    if (sent) sent.missedAt = askedAt;
    this.arm(row.corpNum, row.submitId, next);
    return new Set();
  }

  /** The first BULKRESULT webhook of a bulk this process sent: its completion time, learned. */
  private heard(key: string): void {
    const sent = this.sent.get(key);
    if (!sent || !this.plan || sent.heard) return;
    sent.heard = true;
    this.plan.reported(this.deps.now() - sent.sentAt);
  }

  /**
   * A bulk this process sent is complete, as a GetBulkResult sent at `askedAt` found: learn
   * from how long it took (poll times count from when each request was sent).
   */
  private learn(corpNum: string, submitId: string, askedAt: number): void {
    const sent = this.sent.get(this.unit(corpNum, submitId));
    if (!sent || !this.plan || sent.heard) return; // a webhook told the time already
    // A timer that fired late (a busy event loop) found the bulk complete: count the time
    // it was meant to fire, so the process's own lag does not teach the plan later polls.
    const hitAt = Math.min(askedAt, sent.plannedAt ?? askedAt);
    this.plan.completed(
      hitAt - sent.sentAt,
      sent.missedAt === null ? null : sent.missedAt - sent.sentAt,
    );
  }

  /** Polls at `at` with a timer (when enabled) while this instance holds the submission. */
  private arm(corpNum: string, submitId: string, at: number): void {
    if (!this.deps.timing.timers || this.stopped) return;
    const key = this.unit(corpNum, submitId);
    clearTimeout(this.timers.get(key));
    const sent = this.sent.get(key);
    if (sent) sent.plannedAt = at;
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        this.fire(corpNum, submitId).catch((error: unknown) =>
          this.deps.logger?.warn("bulk poll failed", { submitId, error: String(error) }),
        );
      },
      Math.max(0, at - this.deps.now()),
    );
    timer.unref?.();
    this.timers.set(key, timer);
  }

  private async fire(corpNum: string, submitId: string): Promise<void> {
    if (!this.deps.claims.holds(this.unit(corpNum, submitId))) return; // lost: a pass re-claims
    const row = await this.deps.store.submission(corpNum, submitId);
    if (!row || !OPEN_STATES.includes(row.state)) return this.done(corpNum, submitId);
    // Timers run on the event loop's coarse clock, which can fire a few ms before `now()`
    // reaches the due time (and the wall clock may be stepped back): wait out the rest.
    if (row.nextCheckAt > this.deps.now()) this.arm(corpNum, submitId, row.nextCheckAt);
    else await this.poll(row);
  }
}
