import { SANDBOX_CODES } from "../http/errors.js";
import { IamportError, failure as iamportFailure } from "../iamport/reply.js";
import {
  type BeforeHook,
  type BeforeOutcome,
  DROP_CONNECTION,
  LOSE_REPLY,
} from "../http/middleware.js";
import { type SandboxReply, json } from "../http/reply.js";
import { type HostKind, type SandboxRequest } from "../http/request.js";
import { seededRandom } from "./random.js";
import {
  FAULT_KINDS,
  type FaultKind,
  type FaultOptions,
  type FaultSettings,
  resolveFaultOptions,
} from "./settings.js";

/** One injected fault. */
export interface InjectedFault {
  readonly kind: FaultKind;
  readonly host: HostKind;
  readonly method: string;
  readonly override: string | undefined;
  readonly path: string;
  /** Sandbox time of the request. */
  readonly at: Date;
}

/** Counts of injected faults. */
export interface FaultStats {
  readonly total: number;
  readonly byKind: Readonly<Record<FaultKind, number>>;
  /** The most recent injected faults (at most 1,000), oldest first. */
  readonly recent: readonly InjectedFault[];
}

/** `sandbox.faults`: switches random fault injection on the upstream hosts on and off. */
export interface FaultControl {
  /** Starts injecting faults (replacing earlier settings); returns the effective settings. */
  set(options: FaultOptions): FaultSettings;
  /** Stops injecting faults (counts are kept). */
  clear(): void;
  /** The effective settings, or `undefined` when off. */
  readonly settings: FaultSettings | undefined;
  /** How many faults of each kind were injected since creation or {@link resetStats}. */
  stats(): FaultStats;
  /** Zeroes the counts. */
  resetStats(): void;
}

const RECENT_LIMIT = 1_000;

/**
 * Random, seedable fault injection through a `before` hook (see {@link FaultControl}).
 * Each eligible request draws twice from the seeded sequence (fault? which kind?), so a
 * seed replays the same faults for the same sequence of requests.
 */
export class FaultInjector implements FaultControl {
  /** The hook to put first in `sandbox.before`. */
  readonly hook: BeforeHook = (request) => this.#decide(request);
  #settings: FaultSettings | undefined;
  #random: () => number = Math.random;
  #injectedUnderSettings = 0;
  #byKind = zeroCounts();
  #recent: InjectedFault[] = [];
  readonly #sleeps = new Set<() => void>();

  set(options: FaultOptions): FaultSettings {
    const settings = resolveFaultOptions(options);
    this.#settings = settings;
    this.#random = seededRandom(settings.seed);
    this.#injectedUnderSettings = 0;
    return settings;
  }

  clear(): void {
    this.#settings = undefined;
  }

  get settings(): FaultSettings | undefined {
    return this.#settings;
  }

  stats(): FaultStats {
    const total = Object.values(this.#byKind).reduce((sum, n) => sum + n, 0);
    return { total, byKind: { ...this.#byKind }, recent: [...this.#recent] };
  }

  resetStats(): void {
    this.#byKind = zeroCounts();
    this.#recent = [];
  }

  /** Ends every held `latency`/`timeout` fault at once (the sandbox is stopping). */
  releaseHeld(): void {
    for (const wake of [...this.#sleeps]) wake();
  }

  async #decide(request: SandboxRequest): Promise<BeforeOutcome> {
    const settings = this.#settings;
    if (!settings || !eligible(settings, request)) return undefined;
    if (settings.limit !== undefined && this.#injectedUnderSettings >= settings.limit)
      return undefined;
    const hit = this.#random() < settings.rate;
    const kind = settings.kinds[Math.floor(this.#random() * settings.kinds.length)] ?? "drop";
    if (!hit) return undefined;
    this.#count(kind, request);
    switch (kind) {
      case "latency":
        return (await this.#sleep(settings.latencyMs)) ? undefined : DROP_CONNECTION;
      case "5xx":
        if (request.host === "iamport") {
          return iamportFailure(
            new IamportError(503, -1, "Service Unavailable (sandbox fault injection)"),
          );
        }
        return json(
          {
            code: SANDBOX_CODES.unavailable,
            message: "Service Unavailable (sandbox fault injection)",
          },
          503,
        );
      case "drop":
        return DROP_CONNECTION;
      case "timeout":
        await this.#sleep(settings.timeoutMs);
        return DROP_CONNECTION;
      case "lost-reply":
        return LOSE_REPLY;
      case "429":
        return tooManyRequests(request.host, settings.retryAfterSeconds);
    }
  }

  #count(kind: FaultKind, request: SandboxRequest): void {
    this.#injectedUnderSettings++;
    this.#byKind[kind]++;
    const { host, method, override, path, receivedAt } = request;
    this.#recent.push({ kind, host, method, override, path, at: receivedAt });
    if (this.#recent.length > RECENT_LIMIT) this.#recent.shift();
  }

  /** Resolves `true` after `ms` real ms, or `false` at once when {@link releaseHeld} is called. */
  #sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleeps.delete(wake);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.#sleeps.delete(wake);
        resolve(true);
      }, ms);
      this.#sleeps.add(wake);
    });
  }
}

function tooManyRequests(host: HostKind, retryAfterSeconds: number): SandboxReply {
  const message = "Too Many Requests (sandbox fault injection)";
  const reply =
    host === "iamport"
      ? iamportFailure(new IamportError(429, -1, message))
      : json({ code: SANDBOX_CODES.unavailable, message }, 429);
  return { ...reply, headers: { ...reply.headers, "Retry-After": String(retryAfterSeconds) } };
}

function eligible(settings: FaultSettings, request: SandboxRequest): boolean {
  if (!settings.hosts.includes(request.host)) return false;
  if (settings.overrides && !settings.overrides.includes(request.override ?? "")) return false;
  return !settings.paths || settings.paths.some((source) => new RegExp(source).test(request.path));
}

function zeroCounts(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
}
