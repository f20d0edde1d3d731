import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

/**
 * Shared vitest settings. swc compiles the TypeScript so decorator metadata is emitted
 * (type-graphql reads it); type-graphql is inlined so only one graphql realm is loaded.
 */
const require = createRequire(import.meta.url);
// Node's own resolution of "graphql" (no exports map) picks the CommonJS build; vite would pick
// index.mjs for inlined code. Pin inlined code to the same file so there is one graphql realm.
const graphqlEntry = require.resolve("graphql", { paths: [process.cwd()] });
// After each test file, the PostgreSQL schemas it named are dropped (core-events' testing).
const dropTestSchemasAfterEachFile = fileURLToPath(
  new URL("./packages/core-events/src/testing/setup.test-helpers.ts", import.meta.url),
);

export function korbillVitestConfig(extra: { testTimeout?: number } = {}) {
  return defineConfig({
    plugins: [swc.vite({ module: { type: "es6" } })],
    resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      // Tests wait for conditions, not for clocks; this only bounds a hang. Two full runs at
      // once on 2 cores (load average 35+) made 20 s tests take 7 s: 60 s keeps a wide margin.
      testTimeout: extra.testTimeout ?? 60_000,
      hookTimeout: 300_000, // a bound for a hang, like testTimeout
      setupFiles: [dropTestSchemasAfterEachFile],
      server: { deps: { inline: [/type-graphql/] } },
      reporters: ["default", "json"],
      outputFile: { json: "test-results/vitest.json" },
    },
  });
}
