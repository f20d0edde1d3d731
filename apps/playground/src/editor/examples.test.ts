import { readFileSync } from "node:fs";
import { Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { EDITOR_EXAMPLES } from "./examples.js";

/** An operation printed without its name: what it does, whatever it is called. */
function body(operation: OperationDefinitionNode): string {
  return print({ ...operation, name: undefined });
}

function operationsOf(source: string): OperationDefinitionNode[] {
  return parse(source).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
}

describe("the editor's examples", () => {
  it("include every operation of the README's graphql blocks, each under a name", () => {
    const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    const fromReadme = blocks.flatMap(operationsOf).map(body);
    expect(fromReadme.length).toBeGreaterThan(0);
    const examples = EDITOR_EXAMPLES.flatMap((e) => operationsOf(e.query));
    for (const example of examples) expect(example.name?.value).toBeTruthy();
    const exampleBodies = examples.map(body);
    for (const operation of fromReadme) expect(exampleBodies).toContain(operation);
  });

  it("are named as their tabs will be", () => {
    for (const example of EDITOR_EXAMPLES) {
      expect(operationsOf(example.query).map((o) => o.name?.value)).toEqual([example.name]);
    }
  });
});
