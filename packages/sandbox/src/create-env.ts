import { CashbillService } from "./cashbill/service.js";
import { SandboxClock } from "./clock.js";
import { DEFAULT_SETTINGS, type SandboxEnv, type SandboxSettings } from "./env.js";
import { PointsService } from "./points/service.js";
import { Scheduler } from "./scheduler/scheduler.js";
import { SandboxState } from "./state/state.js";
import type { SandboxErrorReport } from "./report.js";

/** The parts of a {@link SandboxEnv} one may bring; the rest is created. */
export interface EnvParts {
  readonly clock?: SandboxClock;
  readonly state?: SandboxState;
  readonly settings?: SandboxSettings;
  /** Told about failures the sandbox recovers from (default: a JSON line on stderr). */
  readonly onError?: SandboxErrorReport;
}

/**
 * Assembles a {@link SandboxEnv}: clock, state and settings plus a scheduler and the
 * cash-receipt and points domains on them.
 */
export function createEnv(parts: EnvParts = {}): SandboxEnv {
  const clock = parts.clock ?? new SandboxClock();
  const state = parts.state ?? new SandboxState();
  const settings = parts.settings ?? DEFAULT_SETTINGS;
  const scheduler = new Scheduler(clock, settings.schedulerTickMs, parts.onError);
  const cashbill = new CashbillService({
    clock,
    state,
    settings,
    scheduler,
    onError: parts.onError,
  });
  const points = new PointsService({ clock, state, settings, scheduler });
  return { clock, state, settings, scheduler, cashbill, points };
}
