import type { PopbillTransport } from "@korbill/core-upstream";
import type { EventLog, WorkClaims } from "@korbill/core-events";
import type { Kysely } from "kysely";
import { type HometaxClient, createHometaxClient } from "./client/client.js";
import { HometaxResultService } from "./service/results.js";
import {
  DEFAULT_HOMETAX_JOB_TIMING,
  HometaxJobService,
  type HometaxJobTiming,
  type HometaxLogger,
} from "./service/job-service.js";
import { HometaxJobStore } from "./store/store.js";

/** What {@link createHometaxServices} needs. */
export interface HometaxServicesDeps {
  popbill: PopbillTransport;
  /** The korbill database (`KorbillDatabase.db`) with `hometaxMigrations` applied. */
  db: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The stage's event log; its `stage` scopes the job rows too. */
  events: EventLog;
  now?: () => number;
  timing?: HometaxJobTiming;
  logger?: HometaxLogger;
  /** Which instance polls which job (default: in-process, one instance). */
  claims?: WorkClaims;
}

/** The HomeTax services, named as `HometaxContext` expects them, plus the worker to lease. */
export interface HometaxServices {
  hometax: HometaxClient;
  hometaxJobStore: HometaxJobStore;
  hometaxJobs: HometaxJobService;
  hometaxResults: HometaxResultService;
  /**
   * Run each `tick` on every instance (e.g. every second): `hometax-jobs` polls the open jobs
   * the instance claims.
   */
  workers: { name: string; tick(): Promise<unknown> }[];
  now(): number;
}

/**
 * Wires the HomeTax client, job store, job service and result service. The gateway spreads
 * the result into its request context and runs `workers`.
 */
export function createHometaxServices(deps: HometaxServicesDeps): HometaxServices {
  const now = deps.now ?? Date.now;
  const hometax = createHometaxClient({ popbill: deps.popbill });
  const hometaxJobStore = new HometaxJobStore(deps.db, deps.events.stage);
  const hometaxJobs = new HometaxJobService(
    hometaxJobStore,
    hometax,
    deps.events,
    deps.timing ?? DEFAULT_HOMETAX_JOB_TIMING,
    now,
    deps.logger,
    deps.claims,
  );
  return {
    hometax,
    hometaxJobStore,
    hometaxJobs,
    hometaxResults: new HometaxResultService(hometaxJobs, hometax),
    workers: [{ name: "hometax-jobs", tick: () => hometaxJobs.tick() }],
    now,
  };
}
