import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { gatewayValidationRules } from "./validation.js";

const schema = buildSchema(`
  type Item { id: ID! children(perPage: Int): [Item!]! name: String }
  type Stats { count: Int total: Int }
  type Query { item: Item items(perPage: Int): [Item!]! stats: Stats }
`);

function check(
  query: string,
  limits: { maxDepth: number; maxCost: number; introspection?: boolean },
  variables?: Record<string, unknown>,
) {
  const rules = gatewayValidationRules({ introspection: true, ...limits }, variables);
  return validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message);
}

describe("gatewayValidationRules", () => {
  it("accepts an operation at exactly the depth limit", () => {
    expect(check("{ item { children { id } } }", { maxDepth: 3, maxCost: 1000 })).toEqual([]);
  });
  it("rejects an operation one level deeper than the limit", () => {
    expect(
      check("{ item { children { children { id } } } }", { maxDepth: 3, maxCost: 1000 }),
    ).toEqual(["query depth 4 exceeds the limit of 3"]);
  });
  it("counts depth through fragments", () => {
    const q = "{ item { ...F } } fragment F on Item { children { children { id } } }";
    expect(check(q, { maxDepth: 3, maxCost: 1000 })).toEqual([
      "query depth 4 exceeds the limit of 3",
    ]);
  });
  it("multiplies list children by the page size argument", () => {
    // items(perPage: 100) { id name } = 1 + 2 * 100
    expect(check("{ items(perPage: 100) { id name } }", { maxDepth: 10, maxCost: 201 })).toEqual(
      [],
    );
    expect(check("{ items(perPage: 100) { id name } }", { maxDepth: 10, maxCost: 200 })).toEqual([
      "query cost 201 exceeds the limit of 200",
    ]);
  });
  it("does not multiply an object field whose name merely sounds plural", () => {
    expect(check("{ stats { count total } }", { maxDepth: 10, maxCost: 3 })).toEqual([]);
  });
  it("counts unbounded lists as 20 items", () => {
    expect(check("{ items { id } }", { maxDepth: 10, maxCost: 20 })).toEqual([
      "query cost 21 exceeds the limit of 20",
    ]);
  });
  it("reads page sizes from variables", () => {
    const q = "query($n: Int) { items(perPage: $n) { id } }";
    expect(check(q, { maxDepth: 10, maxCost: 50 }, { n: 49 })).toEqual([]);
    expect(check(q, { maxDepth: 10, maxCost: 50 }, { n: 50 })).toEqual([
      "query cost 51 exceeds the limit of 50",
    ]);
  });
  it("refuses introspection when it is off", () => {
    expect(
      check("{ __schema { types { name } } }", {
        maxDepth: 10,
        maxCost: 100,
        introspection: false,
      })[0],
    ).toMatch(/introspection/);
  });
});
