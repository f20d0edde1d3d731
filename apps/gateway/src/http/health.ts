import type { RequestHandler } from "express";
import {
  type EventBus,
  type KorbillDatabase,
  type KorbillMigration,
  databaseHealthCheck,
} from "@korbill/core-events";

/** What the readiness probe looks at. */
export interface ReadinessDeps {
  database: KorbillDatabase;
  /** Every migration this build applies: all must be in the database. */
  migrations: readonly KorbillMigration[];
  bus: EventBus;
}

/**
 * `/readyz`, the readiness probe (Kubernetes `readinessProbe`): 200 when the database answers
 * (within 2 s) and carries every migration, Redis is connected (when configured) and the
 * gateway is not draining; else 503. The JSON names each dependency's state, never a host or
 * a secret. `/healthz` stays the liveness probe: the process serves.
 */
export function readiness(deps: ReadinessDeps): {
  handler: RequestHandler;
  /** Marks the gateway as draining (close() began): readiness answers 503 from now on. */
  drain(): void;
} {
  const checkDatabase = databaseHealthCheck(deps.database, deps.migrations);
  let draining = false;
  const handler: RequestHandler = async (_req, res) => {
    const database = await checkDatabase();
    const bus = deps.bus.status();
    const redis = bus === "memory" ? { status: "not configured" } : { status: bus };
    const ready = !draining && database.status === "up" && bus !== "down";
    res
      .status(ready ? 200 : 503)
      .set("cache-control", "no-store")
      .json({
        status: ready ? "ready" : draining ? "draining" : "not ready",
        checks: { database, redis, draining },
      });
  };
  return { handler, drain: () => void (draining = true) };
}
