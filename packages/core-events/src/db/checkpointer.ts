import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The main connection's own checkpoint threshold while a checkpointer runs (pages). */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

/** How often the background connection checkpoints (ms). */
const CHECKPOINT_EVERY_MS = 250;

// CommonJS, evaluated in the worker: its own connection to the same file, one PASSIVE
// checkpoint per tick (never blocks the writer; a busy round is just skipped).
const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.location);
db.pragma("busy_timeout = 0");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // busy or locked: the next round tries again
  }
}, workerData.everyMs);
parentPort.on("message", (m) => {
  if (m === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/** A running background checkpointer. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Checkpoints a SQLite WAL database from a worker thread, so that the thread serving requests
 * never does. SQLite checkpoints from inside a commit once the WAL passes
 * `wal_autocheckpoint` pages (1,000 by default): that commit then copies those pages into the
 * database file and, with `synchronous = NORMAL`, waits for fsync, which stalled the gateway
 * for 5-13 ms every 20-odd bulks and was most of its commit time. With this running, the main
 * connection's threshold is raised to {@link BACKSTOP_AUTOCHECKPOINT_PAGES} (a backstop, should
 * the worker fall behind) and the worker checkpoints every {@link CHECKPOINT_EVERY_MS} on its
 * own connection (PASSIVE: it never blocks a writer or a reader).
 */
export function startCheckpointer(location: string, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(SOURCE, { eval: true, workerData: { driver, location, everyMs } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    async stop() {
      worker.postMessage("stop");
      const killer = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
