import type { PopbillTransport } from "@korbill/core-upstream";
import type { EventLog, WorkClaims } from "@korbill/core-events";
import type { Kysely } from "kysely";
import { type CashbillClient, createCashbillClient } from "./client/client.js";
import { BulkService } from "./service/bulk-service.js";
import {
  type BulkPointsCheck,
  type PointsGuardPort,
  createBulkPointsCheck,
} from "./service/points-check.js";
import { type BulkLogger, type BulkTiming, DEFAULT_BULK_TIMING } from "./service/timing.js";
import { CashbillStore } from "./store/store.js";

/** What {@link createCashbillServices} needs. */
export interface CashbillServicesDeps {
  popbill: PopbillTransport;
  /** The korbill database (`KorbillDatabase.db`) migrated with `cashbillMigrations`. */
  db: Kysely<unknown>;
  /** The stage's event log; its stage scopes the cash-receipt tables too. */
  events: EventLog;
  /** Bulk timing, over {@link DEFAULT_BULK_TIMING}. */
  timing?: Partial<BulkTiming>;
  /** Epoch ms; defaults to `Date.now`. */
  now?: () => number;
  logger?: BulkLogger;
  /** Which instance works on which submission (default: in-process, one instance). */
  claims?: WorkClaims;
  /**
   * The points domain's guard (`@korbill/points`' `PointsGuard`). With it, a bulk the member's
   * points cannot pay for is refused (INSUFFICIENT_POINTS) before anything is recorded or sent.
   */
  pointsGuard?: PointsGuardPort;
}

/** The cash-receipt services, named as `CashbillContext` expects them, plus the workers. */
export interface CashbillServices {
  cashbill: CashbillClient;
  cashbillStore: CashbillStore;
  bulk: BulkService;
  /** Present when a `pointsGuard` was given. */
  cashbillPointsCheck?: BulkPointsCheck;
  /** Run each `tick` on every instance (e.g. every second): each claims its own units. */
  workers: { name: string; tick(): Promise<unknown> }[];
  now(): number;
}

/**
 * Wires the cash-receipt client, store and bulk flow (and the points pre-check when a guard is
 * given). The gateway spreads the result into its request context and runs `workers`.
 */
export function createCashbillServices(deps: CashbillServicesDeps): CashbillServices {
  const now = deps.now ?? Date.now;
  const cashbill = createCashbillClient({ popbill: deps.popbill });
  const cashbillStore = new CashbillStore(deps.db, deps.events.stage);
  const bulk = new BulkService(
    cashbillStore,
    cashbill,
    deps.events,
    { ...DEFAULT_BULK_TIMING, ...deps.timing },
    now,
    deps.logger,
    deps.claims,
  );
  return {
    cashbill,
    cashbillStore,
    bulk,
    ...(deps.pointsGuard
      ? { cashbillPointsCheck: createBulkPointsCheck({ cashbill, guard: deps.pointsGuard, now }) }
      : {}),
    workers: [{ name: "cashbill-bulk", tick: () => bulk.tick() }],
    now,
  };
}
