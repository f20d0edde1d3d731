import { Kind, buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { DocumentMeasure } from "./measure.js";

const schema = buildSchema(`
  type Item { id: ID! children(perPage: Int): [Item!]! }
  type Query { item: Item items(perPage: Int): [Item!]! }
`);

/** Selections the measure walks for the first operation of `query`, and its result. */
function walk(query: string) {
  const doc = parse(query);
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const measure = new DocumentMeasure(schema, fragments);
  const result = measure.operation(op);
  return { visited: measure.visited, ...result };
}

/** Each fragment spreads the next `width` times: 2^levels copies of the last one. */
function fanOut(levels: number, width = 2): string {
  const parts = ["{ ...F0 }"];
  for (let i = 0; i < levels; i++) {
    parts.push(`fragment F${i} on Query { ${`...F${i + 1} `.repeat(width)}}`);
  }
  parts.push(`fragment F${levels} on Query { items { children { id } } }`);
  return parts.join("\n");
}

describe("DocumentMeasure", () => {
  it("walks each fragment once however often it is spread (visits grow with the text)", () => {
    const small = walk(fanOut(20));
    const large = walk(fanOut(40));
    // Every selection of the document once: 2 spreads per level plus the last fragment's 3.
    expect(small.visited).toBe(1 + 2 * 20 + 3);
    expect(large.visited).toBe(1 + 2 * 40 + 3);
    // ... while the cost still counts every copy.
    expect(small.cost).toBe(2 ** 20 * (1 + 20 * (1 + 20)));
  });
  it("visits grow linearly with the fan-out width too", () => {
    expect(walk(fanOut(10, 50)).visited).toBe(1 + 50 * 10 + 3);
    expect(walk(fanOut(10, 100)).visited).toBe(1 + 100 * 10 + 3);
  });
  it("measures a fragment cycle as empty instead of looping", () => {
    const q = "{ ...A } fragment A on Query { item { id } ...B } fragment B on Query { ...A }";
    expect(walk(q)).toMatchObject({ depth: 2, cost: 2 });
  });
  it("counts nested inline fragments without extra levels", () => {
    const nested = `${"... on Query { ".repeat(500)}item { id }${" }".repeat(500)}`;
    expect(walk(`{ ${nested} }`)).toMatchObject({ depth: 2, cost: 2, visited: 502 });
  });
  it("counts repeats of a response name per selection set, through inline fragments", () => {
    const q =
      "{ items { id ... on Item { id ... { id } } } item { id } ...F } fragment F on Query { item { id } }";
    const doc = parse(q);
    const measure = new DocumentMeasure(
      schema,
      doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
    );
    measure.operation(doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!);
    // `id` three times in items' set; `item` once in the operation and once in F (own scope).
    expect(measure.maxRepeats).toBe(3);
  });
});
