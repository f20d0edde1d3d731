#!/usr/bin/env node
import { runKorbill } from "./run.js";

// Run as `pnpm korbill cashbills ...`, the command starts in the workspace root; the operator's
// relative FILE and --result paths mean their own directory (pnpm passes it as INIT_CWD).
// `keys` stays in the root, where the gateway's relative data directory is.
if (
  process.argv[2] === "cashbills" &&
  process.env.npm_lifecycle_event === "korbill" &&
  process.env.INIT_CWD
) {
  process.chdir(process.env.INIT_CWD);
}

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
