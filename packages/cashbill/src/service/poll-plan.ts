/**
 * When to send the first GetBulkResult of a submission this process just sent. POPBiLL advises
 * polling every 2-5 s; a bulk that completes in 1 s is then known 2-5 s late. Instead, korbill
 * learns how long bulks take to complete and asks once right after that; a poll that finds the
 * bulk still open is followed by the regular 2-5 s polling (two polls of one submission are
 * never closer than 2 s), so a miss is expensive and the estimate is kept just above the
 * completion time.
 *
 * Times are measured from the moment the bulk was sent to the moment a poll was sent. Each
 * completed bulk bounds its completion time: at most the poll that found it complete, more
 * than the last poll that found it open. A hit at the first poll sets the estimate 2 % below
 * that hit (probing whether bulks got faster); a hit after a miss raises it toward that hit's
 * time, by at most a quarter at once, so one slow bulk does not delay the next ones' first
 * polls for long (if bulks did get slower, each further miss raises it again).
 *
 * Every rule is relative to the bulk's own poll times, never to the estimate alone: a day's
 * bulks are sent in a burst and all armed with one estimate, so their hits arrive together,
 * and lowering the estimate by 2 % per hit would take it to the minimum within one burst.
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
   * A BULKRESULT webhook said the bulk completed about `elapsedMs` after its send: the
   * completion time itself, not a bound. The first poll goes just after it (5 % later): a
   * miss costs the 2 s until the next poll, a late first poll only its lateness.
   */
  reported(elapsedMs: number): void {
    this.estimateMs = Math.max(this.options.minMs, elapsedMs * 1.05);
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
      // Completion lies in (missedMs, elapsedMs]: the hit's time is the safe estimate, but
      // the step is a quarter of the bulk's own miss at most (a burst must not compound).
      this.estimateMs = Math.max(this.estimateMs, Math.min(elapsedMs, missedMs * 1.25));
    }
    this.estimateMs = Math.max(this.options.minMs, this.estimateMs);
  }
}
