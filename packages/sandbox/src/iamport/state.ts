import { refill } from "../persist/maps.js";
import { type SandboxClock } from "../clock.js";
import { type IamportScope, MerchantBook } from "./book.js";
import { CardRefusals } from "./card-echo.js";
import { IdSource } from "./ids.js";
import { ChargeOutcomes } from "./outcomes.js";
import { DEFAULT_PG } from "./pg.js";
import { executeDueSchedules } from "./scheduler.js";
import { IamportTokens } from "./tokens.js";
import { IamportWebhooks } from "./webhooks.js";
import {
  type CustomerAnnotation,
  type PaymentAnnotation,
  type ScheduleAnnotation,
} from "./wire.js";

/** A merchant account of the i'mport host: its REST API key pair. */
export interface IamportMerchantSeed {
  /** `imp_key` (REST API key). */
  readonly impKey: string;
  /** `imp_secret` (REST API secret). */
  readonly impSecret: string;
  /** Default PG channel, `"{pg}.{MID}"`; default `nice.nictest04m`. */
  readonly pg?: string;
}

/** The demo merchant of the §8.1 vectors, seeded unless `seedDemo: false`. */
export const DEMO_IAMPORT = {
  impKey: "2718281828459045",
  impSecret: "sim_secret_000000000000000000000000000000000000000000000000000000000000000000000",
} as const satisfies IamportMerchantSeed;

/** Options of {@link createIamportState}. */
export interface IamportStateOptions {
  /** The sandbox clock (shared with the other hosts). */
  readonly clock: SandboxClock;
  /** Extra merchants, added after the demo merchant. */
  readonly merchants?: readonly IamportMerchantSeed[];
  /** Seed {@link DEMO_IAMPORT} (default true). */
  readonly seedDemo?: boolean;
}

/** What one {@link IamportState.tick} did. */
export interface IamportTickReport {
  /** Schedules executed, as they are now. */
  readonly executed: ScheduleAnnotation[];
  /** Webhook resends started. */
  readonly resent: number;
}

/** Creates the i'mport host's state, seeded with {@link DEMO_IAMPORT} unless told otherwise. */
export function createIamportState(options: IamportStateOptions): IamportState {
  return new IamportState(options);
}

/**
 * Everything the i'mport host remembers, per merchant and `Tier`: billing keys (masked
 * cards only), payments and schedules; plus tokens and the test controls
 * ({@link outcomes}, {@link webhooks}).
 */
export class IamportState {
  /** The sandbox clock. */
  readonly clock: SandboxClock;
  /** Results of the next charges, per customer_uid. */
  readonly outcomes = new ChargeOutcomes();
  /** Refusals of the next card authentications (issue, key-in, new-key schedule). */
  readonly cardRefusals = new CardRefusals();
  /** Webhook configuration and the record of every delivery attempt. */
  readonly webhooks: IamportWebhooks;
  /** Identifier source (imp_uid, pg_tid, ...). */
  readonly ids = new IdSource();
  /** Access tokens per merchant. */
  readonly tokens: IamportTokens;
  readonly #merchants = new Map<string, Required<IamportMerchantSeed>>();
  readonly #books = new Map<string, MerchantBook>();

  /** Creates the state; prefer {@link createIamportState}. */
  constructor(options: IamportStateOptions) {
    this.clock = options.clock;
    this.webhooks = new IamportWebhooks(options.clock);
    this.tokens = new IamportTokens(this.ids);
    if (options.seedDemo ?? true) this.addMerchant(DEMO_IAMPORT);
    for (const merchant of options.merchants ?? []) this.addMerchant(merchant);
  }

  /** Adds a merchant; throws on an empty or duplicate `impKey`. */
  addMerchant(seed: IamportMerchantSeed): void {
    if (seed.impKey === "" || seed.impSecret === "")
      throw new Error("impKey and impSecret must not be empty");
    if (this.#merchants.has(seed.impKey)) throw new Error(`merchant ${seed.impKey} already exists`);
    this.#merchants.set(seed.impKey, { pg: DEFAULT_PG, ...seed });
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      merchants: this.#merchants,
      books: [...this.#books.values()].map((book) => book.dump()),
      ids: this.ids.dump(),
      tokens: this.tokens.dump(),
      webhooks: this.webhooks.dump(),
    };
  }

  load(data: ReturnType<IamportState["dump"]>): void {
    refill(this.#merchants, data.merchants);
    this.#books.clear();
    for (const saved of data.books) this.book(saved.scope).load(saved);
    this.ids.load(data.ids);
    this.tokens.load(data.tokens);
    this.webhooks.load(data.webhooks);
  }

  /** The merchant with this key, if any. */
  merchant(impKey: string): Required<IamportMerchantSeed> | undefined {
    return this.#merchants.get(impKey);
  }

  /** The data of one merchant and tier (created on first use). */
  book(scope: IamportScope): MerchantBook {
    const key = `${scope.impKey}\u0000${scope.tier ?? ""}`;
    let book = this.#books.get(key);
    if (book === undefined) {
      book = new MerchantBook(scope);
      this.#books.set(key, book);
    }
    return book;
  }

  /**
   * The scheduler hook: executes the schedules due at `nowMs` (default: the clock) and
   * starts due webhook resends. Synchronous and cheap; call it every 20-50 ms and after
   * moving the clock. Every i'mport request also ticks first, so reads are never stale.
   */
  tick(nowMs: number = this.clock.nowMs()): IamportTickReport {
    const executed = [...this.#books.values()].flatMap((book) =>
      executeDueSchedules(this, book, nowMs),
    );
    return { executed, resent: this.webhooks.tick(nowMs) };
  }

  /**
   * Calls {@link tick} every `intervalMs` of real time and after every move of the clock,
   * until the returned stop function runs (for a sandbox without its own scheduler).
   */
  startTicking(intervalMs = 25): () => void {
    const timer = setInterval(() => this.tick(), intervalMs);
    timer.unref();
    const unsubscribe = this.clock.onChange(() => this.tick());
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }

  /** Payments (copies), newest first; all scopes unless narrowed. */
  payments(scope: Partial<IamportScope> = {}): PaymentAnnotation[] {
    return this.#booksIn(scope).flatMap((book) => book.payments().map(copy));
  }

  /** Billing keys (copies) with masked card numbers only; all scopes unless narrowed. */
  customers(scope: Partial<IamportScope> = {}): CustomerAnnotation[] {
    return this.#booksIn(scope).flatMap((book) => [...book.customers.values()].map(copy));
  }

  /** Schedules (copies); all scopes unless narrowed. */
  schedules(scope: Partial<IamportScope> = {}): ScheduleAnnotation[] {
    return this.#booksIn(scope).flatMap((book) =>
      [...book.schedules.values()].map(({ annotation }) => copy(annotation)),
    );
  }

  #booksIn(scope: Partial<IamportScope>): MerchantBook[] {
    return [...this.#books.values()].filter(
      (book) =>
        (scope.impKey === undefined || book.scope.impKey === scope.impKey) &&
        (scope.tier === undefined || book.scope.tier === scope.tier),
    );
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
