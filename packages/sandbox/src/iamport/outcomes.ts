/** What the simulated card company answers to a charge. */
export type ChargeOutcome =
  | { readonly kind: "approve" }
  | {
      readonly kind: "decline";
      readonly reason: string;
      /** Quote the request's card fields after the reason (key-in charges; see `cardEcho`). */
      readonly echoCard?: boolean;
    };

/** Key of the outcomes that apply to every customer_uid, and to `onetime` charges without one. */
export const ANY_CUSTOMER = "*";

const APPROVE: ChargeOutcome = { kind: "approve" };

/**
 * The sandbox's documented hook for card results (iamport.md §9: no magic card
 * numbers). Per customer_uid a queue of outcomes for the next charges, then a sticky
 * default. Resolution order: that uid's queue, its default, the `"*"` queue, the `"*"`
 * default, then approve.
 */
export class ChargeOutcomes {
  readonly #queues = new Map<string, ChargeOutcome[]>();
  readonly #defaults = new Map<string, ChargeOutcome>();

  /** Queues outcomes for the next charge(s) of `customerUid` (or {@link ANY_CUSTOMER}). */
  set(customerUid: string, outcome: ChargeOutcome | readonly ChargeOutcome[]): this {
    const queue = this.#queues.get(customerUid) ?? [];
    queue.push(...(Array.isArray(outcome) ? outcome : [outcome as ChargeOutcome]).map(check));
    this.#queues.set(customerUid, queue);
    return this;
  }

  /** Sets (or with `undefined` removes) the sticky outcome used once the queue is empty. */
  setDefault(customerUid: string, outcome: ChargeOutcome | undefined): this {
    if (outcome === undefined) this.#defaults.delete(customerUid);
    else this.#defaults.set(customerUid, check(outcome));
    return this;
  }

  /** The queued (not yet used) outcomes of `customerUid`. */
  pending(customerUid: string): ChargeOutcome[] {
    return [...(this.#queues.get(customerUid) ?? [])];
  }

  /** Forgets the queue and default of one uid, or of all when no uid is given. */
  clear(customerUid?: string): void {
    if (customerUid === undefined) {
      this.#queues.clear();
      this.#defaults.clear();
      return;
    }
    this.#queues.delete(customerUid);
    this.#defaults.delete(customerUid);
  }

  /** Consumes the outcome of the next charge of `customerUid` (`null` for a keyless charge). */
  next(customerUid: string | null): ChargeOutcome {
    const keys = customerUid === null ? [ANY_CUSTOMER] : [customerUid, ANY_CUSTOMER];
    for (const key of keys) {
      const queued = this.#queues.get(key)?.shift();
      if (queued !== undefined) return queued;
      const sticky = this.#defaults.get(key);
      if (sticky !== undefined) return sticky;
    }
    return APPROVE;
  }
}

function check(outcome: ChargeOutcome): ChargeOutcome {
  if (outcome.kind === "approve") return APPROVE;
  if (outcome.kind === "decline" && typeof outcome.reason === "string" && outcome.reason !== "")
    return outcome.echoCard === true
      ? { kind: "decline", reason: outcome.reason, echoCard: true }
      : { kind: "decline", reason: outcome.reason };
  throw new TypeError(`not a charge outcome: ${JSON.stringify(outcome)}`);
}
