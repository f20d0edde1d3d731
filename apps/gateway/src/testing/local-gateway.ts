import { mkdtempSync, rmSync } from "node:fs";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { type KorbillGateway, createServer } from "../server.js";

/** A real local-stage gateway on an ephemeral port, as a test drives it. */
export interface LocalGateway {
  gateway: KorbillGateway;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** `http://127.0.0.1:<port>/graphql`. */
  graphqlUrl: string;
  /** `ws://127.0.0.1:<port>/graphql`. */
  wsUrl: string;
  /** The gateway's log lines (JSON), kept rather than printed. */
  logs: string[];
  /** WebSocket upgrades seen so far. */
  upgrades(): number;
  /** Destroys every WebSocket's TCP socket from the server side; returns how many. */
  dropWebSockets(): number;
  /** While blocked, every new WebSocket upgrade is refused (the socket is destroyed). */
  blockWebSockets(blocked: boolean): void;
  /**
   * Resolves once `count` more live-only subscriptions (no `after` cursor) than now have read
   * the log's head, and so receive every event appended from then on. Call it before
   * subscribing.
   */
  liveStarted(count?: number): Promise<void>;
  /** Closes the gateway and removes its data directory. */
  close(): Promise<void>;
}

/**
 * Starts the gateway the way `main.ts` does, through its public API only: the local stage
 * (in-process sandbox unless `env` points POPBiLL elsewhere), a fresh SQLite data directory,
 * an ephemeral port on 127.0.0.1. `env` adds or overrides configuration variables.
 */
export async function startLocalGateway(env: Record<string, string> = {}): Promise<LocalGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-test-gw-"));
  const config = loadConfig({
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: dataDir,
    KORBILL_PORT: "0",
    ...env,
  });
  const logs: string[] = [];
  const gateway = await createServer(config, {
    logger: createLogger("info", (line) => logs.push(line)),
  });
  const open = new Set<Socket>();
  let blocked = false;
  let upgrades = 0;
  // Runs before the gateway's WebSocketServer sees the upgrade; ws gives up on a socket
  // that is already destroyed.
  gateway.httpServer.prependListener("upgrade", (_request, socket: Socket) => {
    upgrades++;
    if (blocked) {
      socket.destroy();
      return;
    }
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
  const starts = countLiveStarts(gateway);
  const url = await gateway.listen(0, "127.0.0.1");
  return {
    gateway,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, "ws")}/graphql`,
    logs,
    upgrades: () => upgrades,
    dropWebSockets() {
      const count = open.size;
      for (const socket of open) socket.destroy();
      open.clear();
      return count;
    },
    blockWebSockets(value) {
      blocked = value;
    },
    liveStarted: (count = 1) => starts.next(count),
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Counts live-only subscription starts: the gateway reads the log's latest cursor once per
 * live-only subscription, after its bus listener is in place, and for nothing else.
 */
export function countLiveStarts(gateway: KorbillGateway): { next(count: number): Promise<void> } {
  const events = gateway.services.events;
  const latestCursor = events.latestCursor.bind(events);
  let started = 0;
  const waiting = new Set<{ until: number; resolve(): void }>();
  events.latestCursor = async (topic) => {
    const cursor = await latestCursor(topic);
    started += 1;
    for (const w of waiting) {
      if (started < w.until) continue;
      waiting.delete(w);
      w.resolve();
    }
    return cursor;
  };
  return {
    next(count: number): Promise<void> {
      const until = started + count;
      return new Promise((resolve) => waiting.add({ until, resolve }));
    },
  };
}

/** Waits until `condition()` holds, or fails after `ms` with `describe()`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  ms: number,
  describe: () => string,
): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
