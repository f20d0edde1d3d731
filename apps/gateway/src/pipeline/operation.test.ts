import { GraphQLError, type GraphQLScalarType, buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { coerceVariables, resolveOperation } from "./operation.js";

const schema = buildSchema(`
  scalar Code
  type Query { page(n: Int!): Int code(c: Code): String }
`);
(schema.getType("Code") as GraphQLScalarType).parseValue = (value) => {
  throw new GraphQLError(`not a code: ${String(value)}`, { extensions: { code: "OWN_CODE" } });
};

function codesOf(result: { errors?: GraphQLError[] } | object) {
  return ("errors" in result ? (result.errors ?? []) : []).map((e) => [
    e.message,
    e.extensions.code,
  ]);
}

describe("resolveOperation", () => {
  it("takes the only operation, or the one named", () => {
    const doc = parse("query A { __typename } query B { __typename }");
    const named = resolveOperation(doc, "B");
    expect("operation" in named && named.operation.name?.value).toBe("B");
    expect("operation" in resolveOperation(parse("{ __typename }"), undefined)).toBe(true);
  });

  it("answers an unknown name and a missing one as Apollo does", () => {
    const doc = parse("query A { __typename } query B { __typename }");
    expect(codesOf(resolveOperation(doc, "C"))).toEqual([
      ['Unknown operation named "C".', "OPERATION_RESOLUTION_FAILURE"],
    ]);
    expect(codesOf(resolveOperation(doc, null))).toEqual([
      [
        "Must provide operation name if query contains multiple operations.",
        "OPERATION_RESOLUTION_FAILURE",
      ],
    ]);
  });
});

describe("coerceVariables", () => {
  const operation = (query: string) => {
    const resolved = resolveOperation(parse(query), undefined);
    if (!("operation" in resolved)) throw new Error("no operation");
    return resolved.operation;
  };

  it("makes a wrong type and a missing variable BAD_USER_INPUT", () => {
    const op = operation("query($n: Int!) { page(n: $n) }");
    expect(codesOf(coerceVariables(schema, op, { n: "two" }))).toEqual([
      [
        'Variable "$n" got invalid value "two"; Int cannot represent non-integer value: "two"',
        "BAD_USER_INPUT",
      ],
    ]);
    expect(codesOf(coerceVariables(schema, op, {}))).toEqual([
      ['Variable "$n" of required type "Int!" was not provided.', "BAD_USER_INPUT"],
    ]);
    expect(coerceVariables(schema, op, { n: 2 })).toEqual({});
  });

  it("keeps the code a scalar's own error carries", () => {
    const op = operation("query($c: Code) { code(c: $c) }");
    const [error] = coerceVariables(schema, op, { c: "x" }).errors ?? [];
    expect(error?.message).toMatch(/not a code: x/);
    expect(error?.extensions.code).toBe("OWN_CODE");
  });
});
