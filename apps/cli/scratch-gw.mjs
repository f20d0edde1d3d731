import { createServer, loadConfig, createLogger } from "@korbill/gateway";
import { mkdtempSync } from "node:fs";
const config = loadConfig({ KORBILL_STAGE: "local", KORBILL_DATA_DIR: mkdtempSync("/tmp/kbt/gw-"), KORBILL_PORT: "0" });
const gw = await createServer(config, { logger: createLogger("warn", () => {}) });
const base = await gw.listen(0, "127.0.0.1");
console.log(base + "/graphql");
