import { mkdtempSync, rmSync } from "node:fs";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_KEYS, createLogger, createServer, loadConfig } from "@korbill/gateway";

export { DEMO_KEYS };

/** A real local-stage gateway (in-process sandbox, fresh SQLite file) on an ephemeral port. */
export async function startGateway(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-example-"));
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
  // Before the gateway's WebSocketServer sees an upgrade: count it, or refuse it while blocked.
  gateway.httpServer.prependListener("upgrade", (_request, socket: Socket) => {
    upgrades++;
    if (blocked) return void socket.destroy();
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
  const graphqlUrl = `${await gateway.listen(0, "127.0.0.1")}/graphql`;
  return {
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, "ws"),
    logs,
    upgrades: () => upgrades,
    /** Cuts every WebSocket from the server side and refuses new ones until `reopen()`. */
    cutWebSockets(): number {
      blocked = true;
      const count = open.size;
      for (const socket of open) socket.destroy();
      return count;
    },
    reopen() {
      blocked = false;
    },
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
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

/** One demo receipt of a bulk issuance. */
export function receipt(mgtKey: string) {
  return {
    mgtKey,
    tradeType: "APPROVAL",
    tradeUsage: "INCOME_DEDUCTION",
    taxationType: "TAXABLE",
    supplyCost: 1000,
    tax: 100,
    serviceFee: 0,
    totalAmount: 1100,
    identityNum: "01012345678",
  };
}
