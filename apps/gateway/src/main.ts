import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { DEMO_KEYS, createServer } from "./server.js";
import { gatewayLogger } from "./observability/process-logger.js";

/** Starts the gateway from the environment and prints where to find it. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { logger } = gatewayLogger(config);
  const gateway = await createServer(config, { logger });
  const url = await gateway.listen().catch(async (error: unknown) => {
    await gateway.close(); // the sandbox, workers and database were already up
    throw error;
  });
  const lines = [
    "",
    `  korbill gateway — stage ${config.stage}`,
    `  GraphQL (HTTP + graphql-ws)  ${url}/graphql`,
    `  Health                       ${url}/healthz`,
  ];
  if (gateway.sandbox) {
    const urls = gateway.sandbox.urls ?? { external: config.popbill.authUrl ?? "" };
    lines.push(
      `  Playground                   ${url}/`,
      "",
      "  Embedded sandbox (public demo credentials, nothing real):",
      ...Object.entries(urls).map(([name, u]) => `    ${name.padEnd(26)} ${u}`),
      "",
      "  Demo API keys (send as `Authorization: Bearer <key>`):",
      `    member  ${DEMO_KEYS.member}   (${gateway.sandbox.members[0]?.corpNum})`,
      `    member  ${DEMO_KEYS.member2}  (${gateway.sandbox.members[1]?.corpNum})`,
      `    partner ${DEMO_KEYS.partner}  (LinkID ${gateway.sandbox.partner.linkId})`,
      "",
      `  Try: curl -s ${url}/graphql -H 'content-type: application/json' \\`,
      `         -H 'authorization: Bearer ${DEMO_KEYS.member}' \\`,
      `         -d '{"query":"{ viewer { tenant corpNums stage } points { balance } }"}'`,
    );
  }
  // The banner (stdout) is for a person trying the local stage; logs (stderr) are JSON lines,
  // and outside the local stage stdout stays quiet too.
  if (config.stage === "local") console.log(lines.join("\n") + "\n");
  logger.info("gateway listening", { stage: config.stage, url: `${url}/graphql` });
  const stop = async (signal: string) => {
    logger.info(`received ${signal}, draining`, { signal });
    await gateway.close();
    logger.info("stopped", { signal });
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  // One JSON line naming the cause (no stack: the message says what to fix).
  const reason = error instanceof Error ? error.message : String(error);
  createLogger("error").error(`gateway not started: ${reason}`);
  process.exit(1);
});
