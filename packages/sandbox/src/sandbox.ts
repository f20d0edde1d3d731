import { type CashbillInspector } from "./cashbill/service.js";
import { SandboxClock, type SandboxClockOptions } from "./clock.js";
import { createEnv } from "./create-env.js";
import {
  type FilingSchedule,
  resolveSettings,
  type SandboxEnv,
  type SandboxSettings,
} from "./env.js";
import { type FaultControl, FaultInjector } from "./faults/injector.js";
import { HOST_DEFINITIONS, type SandboxPorts, type SandboxUrls } from "./hosts.js";
import { type BeforeHook } from "./http/middleware.js";
import { type SandboxRequest } from "./http/request.js";
import { RequestLog } from "./http/request-log.js";
import { HttpHost } from "./http/server.js";
import { type PointsInspector } from "./points/inspector.js";
import { type Scheduler } from "./scheduler/scheduler.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
import { SandboxState } from "./state/state.js";
import { type PersistedSection, SandboxStateFile } from "./persist/store.js";
import { type MemberSeed, type PartnerSeed } from "./state/types.js";
import { type WebhookControl, WebhookDispatcher } from "./webhooks/dispatcher.js";
import { type HometaxState, createHometaxState } from "./hometax/index.js";
import { type SandboxErrorReport, stderrReport } from "./report.js";
import {
  type IamportMerchantSeed,
  type IamportState,
  createIamportState,
} from "./iamport/index.js";

/** Options of {@link createSandbox}; all optional. */
export interface SandboxOptions {
  /** A clock to share, or options for a new one (default: running real time). */
  readonly clock?: SandboxClock | SandboxClockOptions;
  /** Protocol tunables (token lifetime, bulk timing, filing schedule, unit cost, ...). */
  readonly settings?: Partial<SandboxSettings>;
  /** Shortcut for `settings.filingSchedule` (`"fast"` for the local stage; default `"popbill"`). */
  readonly filingSchedule?: FilingSchedule;
  /** Seed {@link DEMO_PARTNER} and {@link DEMO_MEMBERS} (default true). */
  readonly seedDemo?: boolean;
  /** Extra partners, added after the demo seed. */
  readonly partners?: readonly PartnerSeed[];
  /** Extra members, added after the partners. */
  readonly members?: readonly MemberSeed[];
  /** Interface to listen on (default `127.0.0.1`). */
  readonly listenHost?: string;
  /** Ports per host (default: random free ports). */
  readonly ports?: SandboxPorts;
  /**
   * Base URLs clients reach the hosts at, when not their listening URLs (a proxy, a
   * container's published port, TLS in front): page URLs are built from them.
   */
  readonly publicUrls?: Partial<SandboxUrls>;
  /** Initial `before` hooks, run after the fault injector's. */
  readonly before?: readonly BeforeHook[];
  /** Extra i'mport merchants (the demo merchant is seeded unless `seedDemo` is false). */
  readonly iamportMerchants?: readonly IamportMerchantSeed[];
  /**
   * A SQLite file to keep the state in (created if missing), written through after every
   * request, scheduler run and clock move; when it holds state, that state replaces the seed
   * and pending work (bulks, NTS filings, deposits, refunds, webhooks) resumes. Default: in
   * memory only.
   */
  readonly stateFile?: string;
  /**
   * Told about failures the sandbox recovers from: a throwing scheduler job or event
   * listener, a state file it cannot write. Default: one JSON line on stderr.
   */
  readonly onError?: SandboxErrorReport;
}

/** A stateful local emulator of the upstream hosts. */
export interface Sandbox {
  /** The sandbox clock; advance it to expire tokens and URLs and to run due jobs. */
  readonly clock: SandboxClock;
  /** Partners, members, tokens, pages, receipts, point ledgers. */
  readonly state: SandboxState;
  /** Every upstream request received (control-API calls excluded). */
  readonly requests: RequestLog;
  /** Effective protocol tunables. */
  readonly settings: SandboxSettings;
  /** Hooks run before each upstream route on every host; the fault injector's is first. */
  readonly before: BeforeHook[];
  /** Issuance counts, submissions, receipts and use histories. */
  readonly cashbill: CashbillInspector;
  /** Point ledgers of members and partners, settlements, refunds; confirm deposits, set balances. */
  readonly points: PointsInspector;
  /** Webhook configuration, delivery log, pause/resume/disable. */
  readonly webhooks: WebhookControl;
  /** Random fault injection on the upstream hosts. */
  readonly faults: FaultControl;
  /** Time-driven jobs (bulk txState, NTS filing, webhook retries); `runDue()` runs what is due. */
  readonly scheduler: Scheduler;
  /** The i'mport host's state: billing keys, payments, schedules, outcome controls, webhooks. */
  readonly iamport: IamportState;
  /** HomeTax logins, certificates and crawl jobs, with controls (see src/hometax/README.md). */
  readonly hometax: HometaxState;
  /** The URLs while running, else `undefined`. */
  readonly urls: SandboxUrls | undefined;
  /** Opens every host's port and starts the scheduler; rejects if already started. */
  start(): Promise<SandboxUrls>;
  /**
   * Closes every host and its connections and stops the scheduler (saving and closing the
   * state file, if any, which {@link start} opens again); a no-op when not running.
   */
  stop(): Promise<void>;
  /** Whether the state was restored from {@link SandboxOptions.stateFile}. */
  readonly restored: boolean;
}

/** Creates a sandbox (seeded, not yet listening). */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new LocalSandbox(options);
}

class LocalSandbox implements Sandbox {
  readonly clock: SandboxClock;
  readonly state: SandboxState;
  readonly requests = new RequestLog();
  readonly settings: SandboxSettings;
  readonly before: BeforeHook[];
  readonly scheduler: Scheduler;
  readonly iamport: IamportState;
  readonly hometax: HometaxState;
  #stopIamport: (() => void) | undefined;
  readonly #env: SandboxEnv;
  readonly #webhooks: WebhookDispatcher;
  readonly #faults = new FaultInjector();
  readonly #options: SandboxOptions;
  #hosts: HttpHost[] = [];
  #urls: SandboxUrls | undefined;
  #stateFile: SandboxStateFile | undefined;
  #flushTimer: NodeJS.Timeout | undefined;
  readonly #unsubscribe: (() => void)[] = [];
  /** Whether the state came from {@link SandboxOptions.stateFile}. */
  readonly restored: boolean = false;

  constructor(options: SandboxOptions) {
    this.#options = options;
    this.clock =
      options.clock instanceof SandboxClock ? options.clock : new SandboxClock(options.clock);
    this.settings = resolveSettings({
      ...options.settings,
      ...(options.filingSchedule ? { filingSchedule: options.filingSchedule } : {}),
    });
    this.state = seedState(options);
    this.before = [this.#faults.hook, ...(options.before ?? [])];
    this.#env = createEnv({
      clock: this.clock,
      state: this.state,
      settings: this.settings,
      onError: options.onError,
    });
    const { clock, settings, scheduler, cashbill } = this.#env;
    this.scheduler = scheduler;
    this.#webhooks = new WebhookDispatcher({ clock, settings, scheduler });
    cashbill.events.subscribe((event) => this.#webhooks.handle(event));
    this.iamport = createIamportState({
      clock: this.clock,
      merchants: options.iamportMerchants,
      seedDemo: options.seedDemo ?? true,
    });
    this.hometax = createHometaxState({ clock: this.clock, seedDemo: options.seedDemo ?? true });
    if (options.stateFile !== undefined) {
      const file = new SandboxStateFile(options.stateFile, this.#sections());
      this.#stateFile = file;
      this.restored = file.restore();
      if (this.restored) {
        this.#env.cashbill.resumePending();
        this.#env.points.resumePending();
      }
      file.save();
    }
  }

  /** The open state file; reopened (without reading it: memory is current) after a stop. */
  #openStateFile(): SandboxStateFile | undefined {
    const path = this.#options.stateFile;
    if (path !== undefined && this.#stateFile === undefined) {
      this.#stateFile = new SandboxStateFile(path, this.#sections());
      this.#stateFile.save();
    }
    return this.#stateFile;
  }

  /** What {@link SandboxOptions.stateFile} keeps, in parts saved only when they changed. */
  #sections(): PersistedSection[] {
    const { state, iamport, hometax, clock } = this;
    const webhooks = this.#webhooks;
    return [
      section(
        "clock",
        () => clock.dump(),
        (data) => clock.load(data),
      ),
      section(
        "accounts",
        () => ({ ...state.dump(), logins: state.logins.dump() }),
        (data) => {
          state.load(data);
          state.logins.load(data.logins);
        },
      ),
      section(
        "ledger",
        () => state.ledger.dump(),
        (data) => state.ledger.load(data),
        true,
      ),
      section(
        "sessions",
        () => ({ tokens: state.tokens.dump(), pages: state.pages.dump() }),
        (data) => {
          state.tokens.load(data.tokens);
          state.pages.load(data.pages);
        },
      ),
      section(
        "cashbills",
        () => state.cashbills.dump(),
        (data) => state.cashbills.load(data),
        true,
      ),
      section(
        "cashbill-after",
        () => state.cashbillAfter.dump(),
        (data) => state.cashbillAfter.load(data),
      ),
      section(
        "points",
        () => state.points.dump(),
        (data) => state.points.load(data),
      ),
      section(
        "webhooks",
        () => webhooks.dump(),
        (data) => webhooks.load(data),
      ),
      section(
        "iamport",
        () => iamport.dump(),
        (data) => iamport.load(data),
      ),
      section(
        "hometax",
        () => hometax.dump(),
        (data) => hometax.load(data),
      ),
    ];
  }

  /**
   * Writes what changed to the state file (a no-op without one). From timers and listeners: a
   * failure is reported (once per message) rather than thrown into the event loop.
   */
  #save = (): void => {
    try {
      this.#stateFile?.save();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.#lastSaveError)
        (this.#options.onError ?? stderrReport)(
          "korbill sandbox: cannot save the state file",
          error,
        );
      this.#lastSaveError = message;
    }
  };
  #lastSaveError: string | undefined;

  /**
   * After a request: a write (any method but a plain GET; POPBiLL's overrides are POSTs) may
   * have changed receipts and ledgers, a read cannot; then saves.
   */
  #afterRequest = (request: SandboxRequest): void => {
    if (request.method !== "GET" || request.override) this.#stateFile?.markChanged();
    this.#stateFile?.save(); // a failure fails the request: nothing unsaved is acknowledged
  };

  /** After scheduler jobs ran (bulks, filings, deposits, webhook retries): saves all. */
  #afterJobs = (): void => {
    this.#stateFile?.markChanged();
    this.#save();
  };

  get cashbill(): CashbillInspector {
    return this.#env.cashbill;
  }

  get points(): PointsInspector {
    return this.#env.points;
  }

  get webhooks(): WebhookControl {
    return this.#webhooks;
  }

  get faults(): FaultControl {
    return this.#faults;
  }

  get urls(): SandboxUrls | undefined {
    return this.#urls;
  }

  async start(): Promise<SandboxUrls> {
    if (this.#hosts.length > 0) throw new Error("sandbox already started");
    const { ports, listenHost = "127.0.0.1" } = this.#options;
    const context = {
      log: this.requests,
      webhooks: this.#webhooks,
      faults: this.#faults,
      iamport: this.iamport,
      hometax: this.hometax,
    };
    const found: Partial<Record<keyof SandboxUrls, string>> = {};
    try {
      for (const { kind, routes, urlKey, portKey } of HOST_DEFINITIONS) {
        const router = routes(context);
        const host = new HttpHost({
          kind,
          router,
          env: this.#env,
          log: this.requests,
          before: this.before,
          afterRequest: this.#afterRequest,
          publicUrl: this.#options.publicUrls?.[urlKey]?.replace(/\/+$/, ""),
        });
        this.#hosts.push(host);
        found[urlKey] = await host.listen(ports?.[portKey] ?? 0, listenHost);
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.scheduler.start();
    this.#stopIamport = this.iamport.startTicking(this.settings.schedulerTickMs);
    if (this.#openStateFile()) {
      this.#unsubscribe.push(
        this.scheduler.onRan(this.#afterJobs),
        this.clock.onChange(this.#save),
      );
      // Work driven by neither (i'mport schedules, webhook replies) is saved within 200 ms.
      this.#flushTimer = setInterval(this.#save, 200);
      this.#flushTimer.unref();
      if (this.restored) this.#webhooks.kick();
    }
    this.#urls = found as SandboxUrls;
    return this.#urls;
  }

  async stop(): Promise<void> {
    const running = this.#hosts;
    this.#hosts = [];
    this.#urls = undefined;
    this.scheduler.stop();
    this.#stopIamport?.();
    this.#stopIamport = undefined;
    this.#faults.releaseHeld();
    this.#webhooks.abortInFlight();
    await Promise.all(running.map((host) => host.close()));
    clearInterval(this.#flushTimer);
    this.#flushTimer = undefined;
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    this.#save();
    this.#stateFile?.close();
    this.#stateFile = undefined;
  }
}

/** A section; `tracked` ones (large, changed only by writes) are saved after writes only. */
function section<T>(
  name: string,
  dump: () => T,
  load: (data: T) => void,
  tracked = false,
): PersistedSection {
  return { name, dump, load: (data) => load(data as T), tracked };
}

function seedState(options: SandboxOptions): SandboxState {
  const state = new SandboxState();
  if (options.seedDemo ?? true) {
    state.addPartner(DEMO_PARTNER);
    for (const member of DEMO_MEMBERS) state.addMember(member);
  }
  for (const partner of options.partners ?? []) state.addPartner(partner);
  for (const member of options.members ?? []) state.addMember(member);
  return state;
}
