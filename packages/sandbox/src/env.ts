import { type SandboxClock } from "./clock.js";
import { type SandboxState } from "./state/state.js";

/** Tunables of the emulated protocols. */
export interface SandboxSettings {
  /** Lifetime of a Linkhub session token. [INF] the real lifetime is undocumented. */
  readonly tokenLifetimeMs: number;
  /** Largest accepted distance between `x-lh-date` and the sandbox clock. [INF] undocumented upstream. */
  readonly maxClockSkewMs: number;
  /** Lifetime of the URLs that POPBiLL documents as valid for 30 seconds. */
  readonly shortUrlLifetimeMs: number;
}

/** Defaults for {@link SandboxSettings}: 1 hour tokens, 5 minutes skew, 30 second URLs. */
export const DEFAULT_SETTINGS: SandboxSettings = {
  tokenLifetimeMs: 60 * 60 * 1000,
  maxClockSkewMs: 5 * 60 * 1000,
  shortUrlLifetimeMs: 30 * 1000,
};

/** Everything a handler may read besides the request: time, state and settings. */
export interface SandboxEnv {
  /** The sandbox clock. */
  readonly clock: SandboxClock;
  /** Partners, members, tokens and short-lived pages. */
  readonly state: SandboxState;
  /** Protocol tunables. */
  readonly settings: SandboxSettings;
}
