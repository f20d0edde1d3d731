import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { DEMO_KEYS, createServer } from "./server.js";

/** Starts the gateway from the environment and prints where to find it. */
async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = await createServer(config);
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
  console.log(lines.join("\n") + "\n");
  const stop = async (signal: string) => {
    console.log(`received ${signal}, draining…`);
    await gateway.close();
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
