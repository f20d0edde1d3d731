import { type FaultControl } from "../faults/injector.js";
import { type FaultOptions } from "../faults/settings.js";
import { json } from "../http/reply.js";
import { type Router } from "../http/router.js";
import { controlBody, controlRoute, validated } from "./context.js";

/**
 * Control routes of fault injection:
 *
 * - `GET  /__sandbox/faults` -> `{settings, stats}` (`settings` null when off)
 * - `POST /__sandbox/faults` `{rate, kinds, latencyMs?, timeoutMs?, retryAfterSeconds?, hosts?, overrides?, paths?, limit?, seed?}`
 *   -> `{settings}` (the seed included, to replay the run)
 * - `POST /__sandbox/faults/clear` -> `{settings: null, stats}`
 * - `POST /__sandbox/faults/reset-stats` -> `{stats}`
 */
export function addFaultControlRoutes(router: Router, faults: FaultControl): Router {
  controlRoute(router, "GET", "/faults", () =>
    json({ settings: faults.settings ?? null, stats: faults.stats() }),
  );
  controlRoute(router, "POST", "/faults", ({ rawBody }) => {
    const options = controlBody(rawBody) as unknown as FaultOptions;
    return json({ settings: validated(() => faults.set(options)) });
  });
  controlRoute(router, "POST", "/faults/clear", () => {
    faults.clear();
    return json({ settings: null, stats: faults.stats() });
  });
  controlRoute(router, "POST", "/faults/reset-stats", () => {
    faults.resetStats();
    return json({ stats: faults.stats() });
  });
  return router;
}
