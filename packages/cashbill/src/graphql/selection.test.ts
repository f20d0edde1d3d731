import { type GraphQLResolveInfo, buildSchema, execute, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { selectsAny } from "./selection.js";

const schema = buildSchema(`
  type Sub { state: String, results: [String], successCount: Int, child: Sub }
  type Query { sub: Sub }
`);

/** What `selectsAny(info, {results, successCount})` says for the `sub` field of `query`. */
function asked(query: string): boolean {
  let answer: boolean | undefined;
  const rootValue = {
    sub: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      answer = selectsAny(info, new Set(["results", "successCount"]));
      return {};
    },
  };
  const result = execute({ schema, document: parse(query), rootValue });
  expect(result).not.toHaveProperty("errors");
  return answer!;
}

describe("selectsAny", () => {
  it("sees fields asked for directly", () => {
    expect(asked("{ sub { state } }")).toBe(false);
    expect(asked("{ sub { state results } }")).toBe(true);
    expect(asked("{ sub { successCount } }")).toBe(true);
  });

  it("looks only directly under the field, not deeper", () => {
    expect(asked("{ sub { child { results } } }")).toBe(false);
  });

  it("sees them through inline and named fragments, nested", () => {
    expect(asked("{ sub { ... on Sub { results } } }")).toBe(true);
    expect(
      asked("{ sub { ...F } } fragment F on Sub { state ...G } fragment G on Sub { successCount }"),
    ).toBe(true);
    expect(asked("{ sub { ...F } } fragment F on Sub { state }")).toBe(false);
  });

  it("counts a field under @skip or @include as asked for (loads rather than misses)", () => {
    expect(asked("{ sub { state results @skip(if: true) } }")).toBe(true);
  });

  it("sees every occurrence of the field (merged selections)", () => {
    expect(asked("{ sub { state } sub { results } }")).toBe(true);
  });
});
