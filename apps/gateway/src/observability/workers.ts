import type { WorkerSpec } from "../workers.js";
import type { Observability } from "./access-log.js";

/** Worker specs whose passes are counted (by worker and result) while this instance holds them. */
export function observedWorkers(specs: WorkerSpec[], obs: Observability): WorkerSpec[] {
  return specs.map((spec) => ({
    name: spec.name,
    tick: async () => {
      try {
        const result = await spec.tick();
        obs.metrics.workClaimed.inc({ worker: spec.name, result: "ok" });
        return result;
      } catch (error) {
        obs.metrics.workClaimed.inc({ worker: spec.name, result: "failed" });
        throw error;
      }
    },
  }));
}
