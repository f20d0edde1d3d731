import { SandboxClock, type SandboxClockOptions } from "./clock.js";
import { DEFAULT_SETTINGS, type SandboxEnv, type SandboxSettings } from "./env.js";
import { HOST_DEFINITIONS, type SandboxPorts, type SandboxUrls } from "./hosts.js";
import { type BeforeHook } from "./http/middleware.js";
import { RequestLog } from "./http/request-log.js";
import { HttpHost } from "./http/server.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
import { SandboxState } from "./state/state.js";
import { type MemberSeed, type PartnerSeed } from "./state/types.js";

/** Options of {@link createSandbox}; all optional. */
export interface SandboxOptions {
  /** A clock to share, or options for a new one (default: running real time). */
  readonly clock?: SandboxClock | SandboxClockOptions;
  /** Protocol tunables (token lifetime, allowed `x-lh-date` skew, short URL lifetime). */
  readonly settings?: Partial<SandboxSettings>;
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
  /** Initial `before` hooks (fault injection). */
  readonly before?: readonly BeforeHook[];
}

/** A stateful local emulator of the upstream hosts. */
export interface Sandbox {
  /** The sandbox clock; advance it to expire tokens and URLs. */
  readonly clock: SandboxClock;
  /** Partners, members, tokens, pages. */
  readonly state: SandboxState;
  /** Every upstream request received (control-API calls excluded). */
  readonly requests: RequestLog;
  /** Effective protocol tunables. */
  readonly settings: SandboxSettings;
  /** Hooks run before each upstream route on every host; push to inject faults. */
  readonly before: BeforeHook[];
  /** The URLs while running, else `undefined`. */
  readonly urls: SandboxUrls | undefined;
  /** Opens every host's port; rejects if already started. */
  start(): Promise<SandboxUrls>;
  /** Closes every host and its connections; a no-op when not running. */
  stop(): Promise<void>;
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
  readonly #options: SandboxOptions;
  #hosts: HttpHost[] = [];
  #urls: SandboxUrls | undefined;

  constructor(options: SandboxOptions) {
    this.#options = options;
    this.clock =
      options.clock instanceof SandboxClock ? options.clock : new SandboxClock(options.clock);
    this.settings = resolveSettings(options.settings);
    this.state = seedState(options);
    this.before = [...(options.before ?? [])];
  }

  get urls(): SandboxUrls | undefined {
    return this.#urls;
  }

  async start(): Promise<SandboxUrls> {
    if (this.#hosts.length > 0) throw new Error("sandbox already started");
    const env: SandboxEnv = { clock: this.clock, state: this.state, settings: this.settings };
    const { ports, listenHost = "127.0.0.1" } = this.#options;
    const found: Partial<Record<keyof SandboxUrls, string>> = {};
    try {
      for (const { kind, routes, urlKey, portKey } of HOST_DEFINITIONS) {
        const router = routes(this.requests);
        const host = new HttpHost({ kind, router, env, log: this.requests, before: this.before });
        this.#hosts.push(host);
        found[urlKey] = await host.listen(ports?.[portKey] ?? 0, listenHost);
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.#urls = found as SandboxUrls;
    return this.#urls;
  }

  async stop(): Promise<void> {
    const running = this.#hosts;
    this.#hosts = [];
    this.#urls = undefined;
    await Promise.all(running.map((host) => host.close()));
  }
}

/** Defaults overridden by the given settings; `undefined` values keep the default. */
function resolveSettings(overrides: Partial<SandboxSettings> = {}): SandboxSettings {
  const given = Object.entries(overrides).filter(([, value]) => value !== undefined);
  const settings: SandboxSettings = { ...DEFAULT_SETTINGS, ...Object.fromEntries(given) };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`settings.${name} must be a number >= 0`);
  }
  return settings;
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
