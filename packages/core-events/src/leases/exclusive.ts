import { randomUUID } from "node:crypto";
import type { LeaseStore } from "./lease.js";

/** A worker's body: runs until `signal` aborts (the lease was lost or the instance stops). */
export type LeasedWork = (signal: AbortSignal) => Promise<void>;

/** Settings of `runExclusive`. */
export interface ExclusiveOptions {
  leases: LeaseStore;
  name: string;
  work: LeasedWork;
  /** Lease lifetime; a dead holder is replaced within about this long. Default 15 s. */
  ttlMs?: number;
  owner?: string;
  onError?: (error: unknown) => void;
  onChange?: (held: boolean) => void;
}

/**
 * Runs `work` on exactly one instance at a time: tries to take the lease every ttl/3, renews
 * it as often while working, and aborts the work as soon as a renewal fails. Returns a stop
 * function that aborts the work and releases the lease.
 */
export function runExclusive(options: ExclusiveOptions): { owner: string; stop(): Promise<void> } {
  const ttlMs = options.ttlMs ?? 15_000;
  const owner = options.owner ?? randomUUID();
  let work: { controller: AbortController; done: Promise<void> } | null = null;
  let stopped = false;

  const tick = async () => {
    let held = false;
    try {
      held = await options.leases.acquire(options.name, owner, ttlMs);
    } catch (error) {
      options.onError?.(error);
    }
    if (held && !work && !stopped) {
      const controller = new AbortController();
      options.onChange?.(true);
      const done = options
        .work(controller.signal)
        .catch((error: unknown) => options.onError?.(error));
      work = { controller, done };
      void done.then(() => {
        if (work?.controller === controller) work = null;
      });
    } else if (!held && work) {
      work.controller.abort();
      work = null;
      options.onChange?.(false);
    }
  };
  const timer = setInterval(() => void tick(), Math.max(50, Math.floor(ttlMs / 3)));
  void tick();

  return {
    owner,
    async stop() {
      stopped = true;
      clearInterval(timer);
      const current = work;
      work = null;
      current?.controller.abort();
      await current?.done;
      await options.leases.release(options.name, owner).catch(() => undefined);
    },
  };
}
