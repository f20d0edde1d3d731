import { InFlight } from "@korbill/core-upstream";
import { LRUCache } from "lru-cache";
import type { PaymentAnnotation } from "../wire.js";

/** Bounds the `GET /payments/{imp_uid}` re-fetches that unsigned webhooks cause. */
export interface RefetchLimits {
  /** Takes one re-fetch from the global budget; false when it is spent for now. */
  take(): Promise<boolean>;
  /** Minimum time between two re-fetches of the same imp_uid. Default 10 s. */
  minIntervalMs?: number;
}

/** What the gate decided: the payment to verify against (null: i'mport knows none), or defer. */
export type GateResult = { payment: PaymentAnnotation | null } | { defer: true };

/** i'mport's answer: the payment, or null when it knows no such imp_uid. */
type Fetched = PaymentAnnotation | null;

const RECENT_MAX = 10_000;
// Shared by the webhooks that joined a re-fetch the budget refused.
const DEFERRED: unique symbol = Symbol("deferred");

/**
 * Per imp_uid: one re-fetch in flight (concurrent webhooks share it) and at most one per
 * `minIntervalMs` (a webhook meanwhile reuses the fetched payment when it agrees with it, and
 * is deferred when it claims something else); overall: the budget's `take()`. "Not found" is
 * remembered like a payment; a re-fetch that throws is not, so the next webhook tries again.
 */
export class RefetchGate {
  private readonly inFlight = new InFlight<string, Fetched | typeof DEFERRED>();
  /** The last re-fetch of each imp_uid; the least recently used goes first when full. */
  private readonly recent = new LRUCache<string, { at: number; payment: Fetched }>({
    max: RECENT_MAX,
  });

  constructor(
    private readonly limits: RefetchLimits | undefined,
    private readonly fetch: (impUid: string) => Promise<Fetched>,
    private readonly now: () => number,
  ) {}

  /** The payment to verify `impUid`'s webhook against, or a decision to defer it. */
  async payment(impUid: string, agrees: (p: Fetched) => boolean): Promise<GateResult> {
    const limits = this.limits;
    if (!limits) return { payment: await this.fetch(impUid) };
    const minIntervalMs = limits.minIntervalMs ?? 10_000;
    const hit = this.recent.get(impUid);
    if (hit && this.now() - hit.at < minIntervalMs)
      return agrees(hit.payment) ? { payment: hit.payment } : { defer: true };
    let started = false;
    const shared = this.inFlight.run(impUid, async () => {
      started = true;
      if (!(await limits.take())) return DEFERRED;
      const payment = await this.fetch(impUid);
      this.remember(impUid, payment);
      return payment;
    });
    const payment = await shared;
    if (payment === DEFERRED) return { defer: true };
    // A webhook that joined another's re-fetch must agree with it, like one within the interval.
    return started || agrees(payment) ? { payment } : { defer: true };
  }

  private remember(impUid: string, payment: Fetched): void {
    this.recent.set(impUid, { at: this.now(), payment });
  }
}
