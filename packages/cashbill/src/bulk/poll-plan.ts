/**
 * When to ask GetBulkResult about a submission this process just sent. POPBiLL advises polling
 * every 2-5 s; a bulk that completes in 1 s is then known 2-5 s late. Instead, korbill learns
 * how long bulks take to complete (from its own polls) and asks once shortly after that,
 * then a few times at short steps, then every 2-5 s as advised. For a steady workload this is
 * about one call per bulk, like the advised polling, but lands right after completion.
 */
export class PollPlan {
  private estimateMs: number;
  private samples = 0;

  constructor(
    private readonly options: {
      /** The first estimate, before any bulk was observed. */
      initialMs: number;
      /** Never poll sooner than this after the send, nor step by less. */
      minMs: number;
      /** Never wait longer than this for the first poll. */
      maxMs: number;
      /** Short steps after a miss, before falling back to the regular interval. */
      quickSteps: number;
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
    return this.clamp(this.estimateMs);
  }

  /** Delay of the poll after a miss, or null for the regular interval. */
  nextDelay(misses: number): number | null {
    if (misses > this.options.quickSteps) return null;
    return Math.max(this.options.minMs, Math.round(this.estimateMs / 4));
  }

  /**
   * A poll found the bulk complete `elapsedMs` after its send; the previous poll of the same
   * bulk (if any) found it open at `previousMs`. Completion lies between the two; the estimate
   * moves toward the middle (toward 70 % of a first-poll hit, whose lower bound is unknown).
   */
  completed(elapsedMs: number, previousMs: number | null): void {
    const sample = previousMs === null ? elapsedMs * 0.7 : (elapsedMs + previousMs) / 2;
    this.samples++;
    const weight = this.samples === 1 ? 1 : 0.3;
    this.estimateMs += weight * (sample - this.estimateMs);
  }

  private clamp(ms: number): number {
    return Math.round(Math.min(this.options.maxMs, Math.max(this.options.minMs, ms)));
  }
}
