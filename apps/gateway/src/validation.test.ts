import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { OPERATION_LIMIT_SETTINGS, type OperationLimits } from "./limits/operation-limits.js";
import { type GatewayValidation, gatewayValidation } from "./validation.js";
import { parseDocument } from "./pipeline/parse.js";
import { validateDocument } from "./pipeline/validate.js";

const schema = buildSchema(`
  type Item { id: ID! children(perPage: Int): [Item!]! name: String }
  type Stats { count: Int total: Int }
  type Query { item: Item items(perPage: Int): [Item!]! stats: Stats }
`);

/** The pipeline's parse and validate steps: the errors, or the document. */
function checkOperation(
  v: GatewayValidation,
  schema: Parameters<typeof validateDocument>[1],
  query: string,
  variables: Record<string, unknown>,
) {
  const parsed = parseDocument(v, query);
  if ("errors" in parsed) return parsed;
  const errors = validateDocument(v, schema, query, parsed.document, variables);
  return errors.length ? { errors } : parsed;
}

const DEFAULTS = Object.fromEntries(
  Object.entries(OPERATION_LIMIT_SETTINGS).map(([k, s]) => [k, s.default]),
) as unknown as OperationLimits;

function errorsOf(
  query: string,
  limits: Partial<OperationLimits> & { introspection?: boolean },
  variables: Record<string, unknown> = {},
) {
  const v = gatewayValidation({ ...DEFAULTS, introspection: true, ...limits });
  const out = checkOperation(v, schema, query, variables);
  return "errors" in out ? out.errors : [];
}

function check(...args: Parameters<typeof errorsOf>) {
  return errorsOf(...args).map((e) => e.message);
}

function reasonOf(...args: Parameters<typeof errorsOf>) {
  const errors = errorsOf(...args);
  return errors.map((e) => [e.extensions.code, e.extensions.reason]);
}

describe("gatewayValidation", () => {
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
  it("does not count __typename as a level", () => {
    expect(check("{ item { children { __typename } } }", { maxDepth: 2 })).toEqual([]);
  });
  it("counts introspection fields as levels", () => {
    const q = "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }";
    expect(reasonOf(q, { maxDepth: 6 })).toEqual([["GRAPHQL_VALIDATION_FAILED", "DEPTH"]]);
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
  it("counts every copy of a fragment in the cost, __typename included", () => {
    expect(reasonOf(fanOut(12), { maxCost: 4_000 })).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "COST"],
    ]);
    expect(check(fanOut(11), { maxCost: 4_096 })).toEqual([]);
  });
  it("remembers an accepted operation only when no variable sets its cost", () => {
    const v = gatewayValidation({ ...DEFAULTS, maxCost: 50, introspection: true });
    const byVariable = "query($n: Int) { items(perPage: $n) { id } }";
    expect(checkOperation(v, schema, byVariable, { n: 49 })).not.toHaveProperty("errors");
    expect(v.withinLimits.has(byVariable)).toBe(false);
    expect(checkOperation(v, schema, byVariable, { n: 50 })).toHaveProperty("errors");
    const fixed = "{ items(perPage: 10) { id } }";
    expect(checkOperation(v, schema, fixed, {})).not.toHaveProperty("errors");
    expect(v.withinLimits.has(fixed)).toBe(true);
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
  it("refuses more operations than the limit", () => {
    const q = Array.from({ length: 4 }, (_, i) => `query Q${i} { stats { count } }`).join(" ");
    expect(reasonOf(q, { maxOperations: 3 })).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "OPERATIONS"],
    ]);
    expect(check(q, { maxOperations: 4 })).toEqual([]);
  });
  it("counts every alias, __typename included, through fragments", () => {
    const q = "{ ...A ...A } fragment A on Query { a: __typename b: stats { c: count } }";
    expect(reasonOf(q, { maxAliases: 5 })).toEqual([["GRAPHQL_VALIDATION_FAILED", "ALIASES"]]);
    expect(check(q, { maxAliases: 6 })).toEqual([]);
  });
  it("counts directives through fragments", () => {
    const q =
      "{ ...A @skip(if: false) ...A } fragment A on Query { __typename @include(if: true) }";
    expect(reasonOf(q, { maxDirectives: 2 })).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "DIRECTIVES"],
    ]);
    expect(check(q, { maxDirectives: 3 })).toEqual([]);
  });
  it("refuses one response name selected more often than the limit in one selection set", () => {
    const q = `{ item { ${"id ".repeat(3)}... on Item { id } } }`;
    expect(reasonOf(q, { maxFieldRepeats: 3 })).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "FIELD_REPEATS"],
    ]);
    expect(check(q, { maxFieldRepeats: 4 })).toEqual([]);
    // Different aliases are different response names.
    expect(check("{ a: stats { count } b: stats { count } }", { maxFieldRepeats: 1 })).toEqual([]);
  });
  it("refuses a document over the byte limit before parsing it", () => {
    const q = `{ __typename } # ${"é".repeat(60)}`;
    expect(reasonOf(q, { maxDocumentBytes: 100 })).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "DOCUMENT_BYTES"],
    ]);
    expect(check(q, { maxDocumentBytes: 200 })).toEqual([]);
  });
  it("stops parsing past the token limit", () => {
    const errors = errorsOf(`{ ${"__typename ".repeat(20)}}`, { maxTokens: 10 });
    expect(errors.map((e) => e.extensions.code)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(errors[0]!.message).toMatch(/more th\w+ 10 tokens/);
  });
  it("reports a limit error with its code and reason only", () => {
    expect(errorsOf(fanOut(20), {})[0]!.extensions).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
      reason: "COST",
    });
  });
});

/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment Fn on Query { __typename }`. */
export function fanOut(levels: number): string {
  const parts = ["{ ...F0 }"];
  for (let i = 0; i < levels; i++)
    parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${levels} on Query { __typename }`);
  return parts.join("\n");
}

describe("the parsed-document cache", () => {
  it("keeps a document in use parsed while a thousand others pass through it", () => {
    const v = gatewayValidation({ ...DEFAULTS, introspection: true });
    const hot = "{ item { id } }";
    const first = v.parse(hot);
    for (let i = 0; i < 1_200; i++) {
      v.parse(`{ item { id a${i}: name } }`);
      if (i % 100 === 0) expect(v.parse(hot)).toBe(first);
    }
    expect(v.parse(hot)).toBe(first);
  });
});
