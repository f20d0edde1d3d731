import { setTimeout as delay } from "node:timers/promises";
import type { WorkClaims } from "@korbill/core-events";
import type { Logger } from "./logger.js";

/** A background pass the gateway runs on every instance; it works only on units it claims. */
export interface WorkerSpec {
  name: string;
  /** One pass; called again after `tickMs` until the gateway stops. */
  tick(): Promise<unknown>;
}

/**
 * What /healthz shows: per worker `active` (this instance takes part: its claims connection
 * is up) or `standby` (it is down: others do the work), and the claims themselves.
 */
export type WorkerStatus = Record<string, unknown>;

/**
 * Runs every worker's pass on this instance every `tickMs` (at most a second, so the units of
 * a dead instance are taken over within about a second). Each pass claims its units of work
 * one by one (see `WorkClaims`), so the work spreads over the instances. Returns a status view
 * and a stop function.
 */
export function startWorkers(opts: {
  claims: WorkClaims;
  specs: WorkerSpec[];
  tickMs: number;
  logger: Logger;
}) {
  const controller = new AbortController();
  const status: WorkerStatus = {};
  Object.defineProperty(status, "claims", { enumerable: true, get: () => opts.claims.status() });
  opts.claims.onLost((keys) =>
    opts.logger.warn("claims connection lost; its units are free for other instances", {
      units: keys.length,
    }),
  );
  const loops = opts.specs.map(async (spec) => {
    Object.defineProperty(status, spec.name, {
      enumerable: true,
      get: () => (opts.claims.status().connected ? "active" : "standby"),
    });
    while (!controller.signal.aborted) {
      try {
        await spec.tick();
      } catch (error) {
        opts.logger.warn("worker pass failed", { worker: spec.name, error: String(error) });
      }
      await delay(Math.min(opts.tickMs, 1_000), undefined, { signal: controller.signal }).catch(
        () => undefined,
      );
    }
  });
  return {
    status,
    async stop() {
      controller.abort();
      await Promise.all(loops);
    },
  };
}
