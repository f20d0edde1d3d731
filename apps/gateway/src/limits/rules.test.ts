import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { isLimitError } from "./limit-error.js";
import { operationLimitRules } from "./rules.js";

const schema = buildSchema("type Query { ping: String }");

/** Each fragment spreads the next twice: 2^levels copies of `last`. */
function fanOut(levels: number, last: string): string {
  const parts = ["{ ...F0 }"];
  for (let i = 0; i < levels; i++) {
    parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  }
  parts.push(`fragment F${levels} on Query { ${last} }`);
  return parts.join("\n");
}

/** The reason the limit rules refuse `query` with, or undefined. */
function refusal(query: string, limits: Partial<Parameters<typeof operationLimitRules>[0]>) {
  const rules = operationLimitRules({
    maxOperations: 10,
    maxAliases: 30,
    maxDirectives: 50,
    maxDepth: 20,
    // Without the cost limit, which would refuse these first.
    maxCost: Number.POSITIVE_INFINITY,
    maxFieldRepeats: 10,
    ...limits,
  });
  try {
    validate(schema, parse(query), rules);
    return undefined;
  } catch (error) {
    if (!isLimitError(error)) throw error;
    return { reason: error.extensions.reason, message: error.message };
  }
}

describe("operationLimitRules", () => {
  // 2^60 copies: a rule that walked every copy would never finish; these answer at once
  // because graphql-armor's rules count each fragment once and remember it.
  it("counts 2^60 aliases of a 60-level fragment fan-out without walking the copies", () => {
    expect(refusal(fanOut(60, "a: ping"), {})).toEqual({
      reason: "ALIASES",
      message: `Aliases limit of 30 exceeded, found ${2 ** 60}.`,
    });
  });
  it("counts 2^60 directives of a 60-level fragment fan-out without walking the copies", () => {
    expect(refusal(fanOut(60, "ping @include(if: true)"), {})).toEqual({
      reason: "DIRECTIVES",
      message: `Directives limit of 50 exceeded, found ${2 ** 60}.`,
    });
  });
  it("refuses the same fan-out by cost with the default walk", () => {
    expect(refusal(fanOut(60, "ping"), { maxCost: 20_000 })?.reason).toBe("COST");
  });
  it("lets a document within every limit through", () => {
    expect(refusal(fanOut(3, "a: ping"), {})).toBeUndefined();
  });
});
