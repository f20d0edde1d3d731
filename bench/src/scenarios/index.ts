import { bulkPipeline } from "./bulk-pipeline.js";
import { dayImport } from "./day-import.js";
import { eventFanout } from "./event-fanout.js";
import { eventIngest } from "./event-ingest.js";
import { graphqlOverhead } from "./graphql-overhead.js";
import { hostileDocumentsScenario } from "./hostile-documents.js";
import { memory } from "./memory.js";
import { tokenStorm } from "./token-storm.js";
import { takeover } from "./takeover.js";
import type { Scenario } from "./types.js";
import { upstreamCalls } from "./upstream-calls.js";

/** Every scenario, in the order of the table. */
export const SCENARIOS: Scenario[] = [
  graphqlOverhead,
  upstreamCalls,
  bulkPipeline,
  eventFanout,
  tokenStorm,
  memory,
  hostileDocumentsScenario,
  takeover,
  eventIngest,
  dayImport,
];
