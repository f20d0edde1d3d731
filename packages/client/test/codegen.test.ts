import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import config from "../codegen.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const generatedDir = join(packageDir, "src/generated");
const schemaPath = resolve(packageDir, "../../apps/gateway/schema.graphql");

/**
 * What `pnpm codegen` would write, in memory: the same configuration (optionally with
 * another schema), then the same prettier pass its `afterAllFileWrite` hook runs.
 * Keyed by path relative to `src/generated/`.
 */
async function regenerate(schema?: string): Promise<Map<string, string>> {
  const outputs = await generate(
    { ...config, ...(schema ? { schema } : {}), hooks: {}, silent: true, cwd: packageDir },
    false,
  );
  const files = new Map<string, string>();
  for (const output of outputs) {
    const path = resolve(packageDir, output.filename);
    const options = (await prettier.resolveConfig(path)) ?? {};
    const content = await prettier.format(output.content, { ...options, filepath: path });
    files.set(relative(generatedDir, path), content);
  }
  return files;
}

/** The checked-in generated files. */
function checkedIn(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(generatedDir)) {
    files.set(name, readFileSync(join(generatedDir, name), "utf8"));
  }
  return files;
}

/** Names of files whose content differs (or that exist on one side only). */
function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names].filter((name) => expected.get(name) !== actual.get(name)).sort();
}

describe("src/generated is what codegen makes of the checked-in schema", () => {
  const tmp = mkdtempSync(join(tmpdir(), "korbill-codegen-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("is up to date, byte for byte (run `pnpm --filter @korbill/client codegen` if not)", async () => {
    const fresh = await regenerate();
    expect([...fresh.keys()].sort()).toEqual([
      "gql.ts",
      "graphql.ts",
      "index.ts",
      "persisted-documents.json",
    ]);
    expect(differences(fresh, checkedIn())).toEqual([]);
  });

  it("would be reported stale after a schema change", async () => {
    const original = readFileSync(schemaPath, "utf8");
    const marker = "enum CashbillEventType {";
    expect(original).toContain(marker);
    const changedSchema = join(tmp, "schema.graphql");
    writeFileSync(
      changedSchema,
      original.replace(marker, `${marker}\n  """Only in this test."""\n  ADDED_BY_TEST\n`),
    );
    const fresh = await regenerate(changedSchema);
    expect(differences(fresh, checkedIn())).toContain("graphql.ts");
    expect(fresh.get("graphql.ts")).toContain('"ADDED_BY_TEST"');
  });
});
