// Checks that eslint.config.js enforces the package boundaries (issue 19 point 4): each case
// lints one import as if it were written in a file of that package and expects the rule to fire
// (or, for the controls, not to). Run: node scripts/check-boundaries.mjs
import { ESLint } from "eslint";

const RULE = "no-restricted-imports";
// [file the import is written in, module imported, whether the boundary rule must fire]
const CASES = [
  ["packages/core-domain/src/x.test.ts", "@korbill/cashbill", true],
  ["packages/core-events/src/x.test.ts", "@korbill/points/graphql", true],
  ["packages/core-tenancy/src/x.test.ts", "@korbill/gateway", true],
  ["packages/core-upstream/src/x.test.ts", "@korbill/cli", true],
  ["packages/cashbill/src/x.test.ts", "@korbill/gateway", true],
  ["packages/cashbill/src/x.test.ts", "@korbill/gateway/testing", true],
  ["packages/cashbill/src/x.test.ts", "@korbill/points", true],
  ["packages/points/src/x.test.ts", "@korbill/hometax/graphql", true],
  ["packages/hometax/src/x.test.ts", "@korbill/billing", true],
  ["packages/billing/src/x.test.ts", "@korbill/cashbill/testing", true],
  ["packages/cashbill-import/src/x.test.ts", "@korbill/cashbill", true],
  ["packages/sandbox/src/x.test.ts", "@korbill/core-domain", true],
  ["packages/sandbox/src/x.test.ts", "@korbill/error-codes", true],
  ["apps/gateway/src/x.test.ts", "@korbill/cashbill/src/index.js", true],
  ["apps/gateway/src/x.test.ts", "@korbill/core-events/dist/index.js", true],
  ["apps/cli/src/x.test.ts", "@korbill/gateway/src", true],
  ["bench/src/x.test.ts", "@korbill/gateway/dist/ws/next-frames.js", true],
  // Controls: allowed imports stay allowed.
  ["packages/cashbill/src/x.test.ts", "@korbill/core-domain", false],
  ["packages/cashbill/src/x.test.ts", "@korbill/core-tenancy/graphql", false],
  ["packages/core-tenancy/src/x.test.ts", "@korbill/core-events", false],
  ["apps/gateway/src/x.test.ts", "@korbill/cashbill/graphql", false],
  ["apps/cli/src/x.test.ts", "@korbill/sandbox", false],
  ["packages/sandbox/src/x.test.ts", "node:http", false],
];

const eslint = new ESLint();
let failed = 0;
for (const [file, module, mustFire] of CASES) {
  const [result] = await eslint.lintText(`import "${module}";\n`, { filePath: file });
  const fatal = result.messages.filter((m) => m.fatal);
  const fired = result.messages.some((m) => m.ruleId === RULE);
  if (fatal.length > 0 || fired !== mustFire) {
    failed += 1;
    const why = fatal.length > 0 ? fatal[0].message : mustFire ? "allowed" : "rejected";
    console.error(`FAIL ${file}: import "${module}" was ${why}`);
  }
}
if (failed > 0) {
  console.error(`${failed} of ${CASES.length} boundary cases failed`);
  process.exit(1);
}
console.log(`boundaries: ${CASES.length} cases pass`);
