import type { PopbillTransport } from "@korbill/core-upstream";
import type { EventLog } from "@korbill/core-events";
import type { Kysely } from "kysely";
import { type AnonymousPopbillOptions, createAnonymousPopbill } from "./client/anonymous.js";
import { type PointsClient, createPointsClient } from "./client/client.js";
import { BalanceWatch } from "./service/balance-watch.js";
import { BalanceGuard, type PointsGuard } from "./service/guard.js";

/** What {@link createPointsServices} needs. */
export interface PointsServicesDeps {
  popbill: PopbillTransport;
  /** Transport and endpoints for the token-less member-onboarding calls (absent: no onboarding). */
  anonymous?: AnonymousPopbillOptions;
  /** The partner's LinkID, which member onboarding sends. */
  linkId?: string | undefined;
  /** The korbill database (`KorbillDatabase.db`) migrated with `pointsMigrations`. */
  db: Kysely<unknown>;
  /** The stage's event log; its stage scopes the balance rows too. */
  events: EventLog;
  /** Low-balance threshold of a member that has not set its own. */
  defaultThreshold: number;
  /** Epoch ms; defaults to `Date.now`. */
  now?: () => number;
}

/** The points services, named as `PointsContext` expects them, plus the guard other domains use. */
export interface PointsServices {
  points: PointsClient;
  pointsWatch: BalanceWatch;
  /** For other domains' pre-checks (the gateway passes it to the cash-receipt services). */
  pointsGuard: PointsGuard;
  /** Points has no background work; the list is here so every domain is wired alike. */
  workers: { name: string; tick(): Promise<unknown> }[];
  now(): number;
}

/** Wires the points client, the balance watch and the balance guard for one stage. */
export function createPointsServices(deps: PointsServicesDeps): PointsServices {
  const now = deps.now ?? Date.now;
  const points = createPointsClient({
    popbill: deps.popbill,
    ...(deps.anonymous ? { anonymous: createAnonymousPopbill(deps.anonymous) } : {}),
    ...(deps.linkId ? { linkId: deps.linkId } : {}),
  });
  const pointsWatch = new BalanceWatch(deps.db, deps.events, {
    defaultThreshold: deps.defaultThreshold,
    now,
  });
  return {
    points,
    pointsWatch,
    pointsGuard: new BalanceGuard({ points, watch: pointsWatch, now }),
    workers: [],
    now,
  };
}
