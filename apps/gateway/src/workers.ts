import { setTimeout as delay } from "node:timers/promises";
import { type LeaseStore, runExclusive } from "@korbill/core-events";
import type { Logger } from "./logger.js";

/** A background job the gateway runs on exactly one instance (by database lease). */
export interface WorkerSpec {
  name: string;
  /** One pass; called again after `tickMs` until the lease is lost or the gateway stops. */
  tick(): Promise<unknown>;
}

/** Which workers this instance holds right now. */
export type WorkerStatus = Record<string, "held" | "standby">;

/**
 * Starts each worker under its own lease: a dead instance's work moves to another within
 * about the lease lifetime. Returns a status view and a stop function.
 */
export function startWorkers(opts: {
  leases: LeaseStore;
  stage: string;
  specs: WorkerSpec[];
  tickMs: number;
  leaseTtlMs: number;
  logger: Logger;
}) {
  const status: WorkerStatus = {};
  const runners = opts.specs.map((spec) => {
    status[spec.name] = "standby";
    return runExclusive({
      leases: opts.leases,
      name: `${opts.stage}:${spec.name}`,
      ttlMs: opts.leaseTtlMs,
      onChange: (held) => {
        status[spec.name] = held ? "held" : "standby";
        opts.logger.info(held ? "worker lease taken" : "worker lease lost", { worker: spec.name });
      },
      onError: (error) =>
        opts.logger.warn("worker error", { worker: spec.name, error: String(error) }),
      work: async (signal) => {
        while (!signal.aborted) {
          try {
            await spec.tick();
          } catch (error) {
            opts.logger.warn("worker pass failed", { worker: spec.name, error: String(error) });
          }
          await delay(opts.tickMs, undefined, { signal }).catch(() => undefined);
        }
        status[spec.name] = "standby";
      },
    });
  });
  return {
    status,
    async stop() {
      await Promise.all(runners.map((r) => r.stop()));
    },
  };
}
