import { type SandboxClock } from "../clock.js";
import { MinHeap } from "./heap.js";
import { type SandboxErrorReport, stderrReport } from "../report.js";

/** How often the scheduler looks for due jobs in real time, by default. */
const DEFAULT_TICK_MS = 25;

/** A job waiting for its sandbox time. */
export interface ScheduledJob {
  /** Unique, increasing; also the tie-breaker between jobs due at the same instant. */
  readonly id: number;
  /** Sandbox time (epoch ms) at or after which the job runs. */
  readonly dueMs: number;
  /** What the job does, for debugging (e.g. `bulk:1234567890:SUB-001:complete`). */
  readonly label: string;
}

interface StoredJob extends ScheduledJob {
  readonly run: () => void;
  cancelled: boolean;
}

/**
 * The one place where sandbox-time-driven work happens (bulk txState, NTS filing, webhook
 * retries). Jobs run in due order when the sandbox clock reaches them: a real-time timer
 * checks every `tickMs` while started, and every {@link SandboxClock.advance}/`set` runs
 * due jobs at once. A throwing job is reported and does not stop the others.
 */
export class Scheduler {
  readonly #clock: SandboxClock;
  readonly #tickMs: number;
  readonly #report: SandboxErrorReport;
  readonly #heap = new MinHeap<StoredJob>((a, b) =>
    a.dueMs === b.dueMs ? a.id < b.id : a.dueMs < b.dueMs,
  );
  #nextId = 1;
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #failures = 0;
  readonly #ranListeners = new Set<(ran: number) => void>();

  /** Creates a stopped scheduler on `clock`; a failing job is told to `report`. */
  constructor(
    clock: SandboxClock,
    tickMs = DEFAULT_TICK_MS,
    report: SandboxErrorReport = stderrReport,
  ) {
    this.#clock = clock;
    this.#tickMs = Math.max(1, tickMs);
    this.#report = report;
  }

  /** Runs `run` once the sandbox clock reaches `dueMs`; returns the job (for {@link cancel}). */
  at(dueMs: number, label: string, run: () => void): ScheduledJob {
    const job: StoredJob = { id: this.#nextId++, dueMs, label, run, cancelled: false };
    this.#heap.push(job);
    return job;
  }

  /** Runs `run` `delayMs` of sandbox time from now. */
  after(delayMs: number, label: string, run: () => void): ScheduledJob {
    return this.at(this.#clock.nowMs() + delayMs, label, run);
  }

  /** Cancels a job that has not run yet. */
  cancel(job: ScheduledJob): void {
    (job as StoredJob).cancelled = true;
  }

  /** Runs every job due at the current sandbox time, in due order; returns how many ran. */
  runDue(): number {
    if (this.#running) return 0; // a job advanced the clock: the outer loop picks the rest up
    this.#running = true;
    let ran = 0;
    try {
      for (let job = this.#heap.peek(); job; job = this.#heap.peek()) {
        if (job.dueMs > this.#clock.nowMs()) break;
        this.#heap.pop();
        if (job.cancelled) continue;
        ran++;
        this.#runOne(job);
      }
    } finally {
      this.#running = false;
    }
    if (ran > 0) for (const listener of [...this.#ranListeners]) listener(ran);
    return ran;
  }

  /** Jobs still waiting (cancelled ones excluded), earliest first. */
  pending(): ScheduledJob[] {
    return this.#heap
      .values()
      .filter((job) => !job.cancelled)
      .map(({ id, dueMs, label }) => ({ id, dueMs, label }))
      .sort((a, b) => a.dueMs - b.dueMs || a.id - b.id);
  }

  /** Calls `listener` after every {@link runDue} that ran jobs (the state is saved then). */
  onRan(listener: (ran: number) => void): () => void {
    this.#ranListeners.add(listener);
    return () => this.#ranListeners.delete(listener);
  }

  /** How many jobs threw so far. */
  get failures(): number {
    return this.#failures;
  }

  /** Starts the real-time tick and runs due jobs whenever the clock is moved. */
  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.runDue(), this.#tickMs);
    this.#timer.unref();
    this.#unsubscribe = this.#clock.onChange(() => this.runDue());
  }

  /** Stops the tick; waiting jobs are kept and run after the next {@link start}. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #runOne(job: StoredJob): void {
    try {
      job.run();
    } catch (error) {
      this.#failures++;
      this.#report(`sandbox scheduler: job ${job.label} failed`, error);
    }
  }
}
