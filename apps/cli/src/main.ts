#!/usr/bin/env node
import { runKorbill } from "./run.js";

const controller = new AbortController();
// First Ctrl-C: stop sending, wait for the bulks in flight, write the result file. Second: quit.
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
  console.error("stopping: waiting for the bulks in flight (Ctrl-C again to quit now)");
});
process.on("SIGTERM", () => controller.abort());

runKorbill(process.argv.slice(2), process.env, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
