import { type HostKind } from "../http/request.js";

/** The kinds of injected faults. */
export const FAULT_KINDS = ["latency", "5xx", "drop", "timeout", "lost-reply", "429"] as const;

/**
 * - `latency`: wait `latencyMs` (real time), then process normally;
 * - `5xx`: answer 503 JSON `{code: -10009998, message}` without processing;
 * - `drop`: destroy the socket without processing;
 * - `timeout`: hold the request `timeoutMs` without answering, then destroy it, without processing;
 * - `lost-reply`: process the request fully, then destroy the socket instead of replying;
 * - `429`: answer 429 Too Many Requests with `Retry-After: retryAfterSeconds`, without processing.
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

const HOST_KINDS: readonly HostKind[] = ["auth", "popbill", "iamport"];

/** What `sandbox.faults.set()` takes. */
export interface FaultOptions {
  /** Probability per request, 0..1. */
  readonly rate: number;
  /** Kinds to pick from, uniformly. */
  readonly kinds: readonly FaultKind[];
  /** Delay of `latency` faults in real ms (default 500). */
  readonly latencyMs?: number;
  /** Hold time of `timeout` faults in real ms (default 10,000). */
  readonly timeoutMs?: number;
  /** `Retry-After` of `429` faults, in seconds (default 60). */
  readonly retryAfterSeconds?: number;
  /** Hosts affected (default all upstream hosts; the control API never is). */
  readonly hosts?: readonly HostKind[];
  /** Only requests with one of these `X-HTTP-Method-Override` values (e.g. `["BULKISSUE"]`). */
  readonly overrides?: readonly string[];
  /** Only requests whose path matches one of these regular expressions (sources). */
  readonly paths?: readonly string[];
  /** Inject at most this many faults, then let everything through. */
  readonly limit?: number;
  /** Seed of the random sequence; the same seed and requests give the same faults. */
  readonly seed?: number;
}

/** {@link FaultOptions} with defaults filled in (the seed too, so a run can be replayed). */
export interface FaultSettings {
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  readonly latencyMs: number;
  readonly timeoutMs: number;
  readonly retryAfterSeconds: number;
  readonly hosts: readonly HostKind[];
  readonly overrides: readonly string[] | undefined;
  readonly paths: readonly string[] | undefined;
  readonly limit: number | undefined;
  readonly seed: number;
}

/** Validates and completes fault options; throws a `RangeError` saying what is wrong. */
export function resolveFaultOptions(options: FaultOptions): FaultSettings {
  const { rate, kinds } = options;
  if (typeof rate !== "number" || !(rate >= 0 && rate <= 1))
    throw new RangeError("rate must be a number from 0 to 1");
  if (!isKindList(kinds))
    throw new RangeError(`kinds must be a non-empty list of ${FAULT_KINDS.join(", ")}`);
  const hosts = options.hosts ?? HOST_KINDS;
  if (!hosts.every((host) => HOST_KINDS.includes(host)))
    throw new RangeError(`hosts must be a list of ${HOST_KINDS.join(", ")}`);
  for (const source of options.paths ?? []) {
    try {
      new RegExp(source);
    } catch {
      throw new RangeError(`paths: not a regular expression: ${source}`);
    }
  }
  return {
    rate,
    kinds: [...kinds],
    latencyMs: whole("latencyMs", options.latencyMs, 500),
    timeoutMs: whole("timeoutMs", options.timeoutMs, 10_000),
    retryAfterSeconds: whole("retryAfterSeconds", options.retryAfterSeconds, 60),
    hosts: [...hosts],
    overrides: options.overrides?.map((o) => o.toUpperCase()),
    paths: options.paths ? [...options.paths] : undefined,
    limit: options.limit === undefined ? undefined : whole("limit", options.limit, 0),
    seed:
      options.seed === undefined
        ? Math.floor(Math.random() * 2 ** 32)
        : whole("seed", options.seed, 0),
  };
}

function whole(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0`);
  return value;
}

/** A non-empty list of known fault kinds (options may come from untyped JSON). */
function isKindList(value: unknown): value is readonly FaultKind[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((k: unknown) => FAULT_KINDS.includes(k as FaultKind))
  );
}
