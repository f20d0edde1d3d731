/**
 * When to ask GetBulkResult about a submission this process just sent. POPBiLL advises polling
 * every 2-5 s; a bulk that completes in 1 s is then known 2-5 s late. Instead, korbill learns
 * how long bulks take to complete and asks once right after that, then a few times at short,
 * growing steps, then every 2-5 s as advised. For a steady workload this is 1.1-1.7 calls per
 * bulk (1.2-1.7 in the bench's bursts of 100, which share one estimate and so miss together),
 * about the advised polling's, but it lands just after completion.
 *
 * Times are measured from the moment the bulk was sent to the moment a poll was sent. Each
 * completed bulk bounds its completion time: at most the poll that found it complete, more
 * than the last poll that found it open. The estimate is kept just above the completion time:
 * a hit without a miss sets it 2 % below that hit (probing whether bulks got faster); a hit
 * after a miss raises it to that hit's time, the first time known to be late enough, but by
 * at most a quarter at once, so one slow bulk does not delay the next ones' first polls for
 * long (if bulks did get slower, each further miss raises it again).
 *
 * Every rule is relative to the bulk's own poll times, never to the estimate alone: a day's
 * bulks are sent in a burst and all armed with one estimate, so their hits arrive together,
 * and lowering the estimate by 2 % per hit (as an earlier version did) took it from 1 s to the
 * 250 ms minimum within one burst of 100, so the next burst's bulks each missed four times
 * and fell back to 2-5 s polling.
 */
export class PollPlan {
  private estimateMs: number;

  constructor(
    private readonly options: {
      /** The first estimate, before any bulk was observed. */
      initialMs: number;
      /** Never poll sooner than this after the send. */
      minMs: number;
      /** Never wait longer than this for the first poll. */
      maxMs: number;
      /** Short steps after a miss, before falling back to the regular interval. */
      quickSteps: number;
      /** The shortest step after a miss (default 20 ms). */
      minStepMs?: number;
    },
  ) {
    this.estimateMs = options.initialMs;
  }

  /** The current completion estimate (ms after the send). */
  get expectedMs(): number {
    return Math.round(this.estimateMs);
  }

  /** Delay of the first poll after the send. */
  firstDelay(): number {
    return Math.round(Math.min(this.options.maxMs, Math.max(this.options.minMs, this.estimateMs)));
  }

  /**
   * Delay of the poll after the `misses`-th miss, or null for the regular interval: 2 % of
   * the estimate (the step the estimate probes down by, so one step usually finds it), doubling
   * with each miss (2, 4, 8, 16, 32, 64 %: 126 % late after six). The first step is at least
   * `minStepMs` and the doubling starts from there, so short estimates are covered as far.
   */
  nextDelay(misses: number): number | null {
    if (misses > this.options.quickSteps) return null;
    const first = Math.max(this.options.minStepMs ?? 20, this.estimateMs * 0.02);
    return Math.round(first * 2 ** (misses - 1));
  }

  /**
   * The bulk was found complete by a poll (or a webhook) `elapsedMs` after its send; the
   * last poll that found it open was at `missedMs` (null: none did).
   */
  completed(elapsedMs: number, missedMs: number | null): void {
    if (missedMs === null) {
      // Complete at the first look: maybe bulks got faster; probe 2 % below this hit next
      // time (below the hit, not the estimate: hits of one burst must not compound).
      this.estimateMs = Math.min(this.estimateMs, elapsedMs * 0.98);
    } else {
      // Completion lies in (missedMs, elapsedMs]: the hit's time is the safe estimate.
      this.estimateMs = Math.max(this.estimateMs, Math.min(elapsedMs, this.estimateMs * 1.25));
    }
    this.estimateMs = Math.max(this.options.minMs, this.estimateMs);
  }
}
