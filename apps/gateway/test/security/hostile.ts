/**
 * Hostile documents, one per class of the limits (issue 17): each is small enough to send in one
 * request and, without the limits, made the gateway spend seconds or accept unbounded work.
 */

/** `fragment F0 on Query { ...F1 ...F1 }` … 20 levels: 2^20 copies of `__typename` in 900 B. */
export function fragmentFanOut(levels = 20): string {
  const parts = ["{ ...F0 }"];
  for (let i = 0; i < levels; i++)
    parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${levels} on Query { __typename }`);
  return parts.join("\n");
}

/** `{ a0: __typename a1: __typename … }`. */
export function aliasFlood(count = 1_000): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(" ")} }`;
}

/** One field carrying `count` directives. */
export function directiveFlood(count = 500): string {
  return `{ __typename ${"@include(if: true) ".repeat(count)}}`;
}

/** Introspection's `ofType` nested `levels` deep (the one recursion the schema has). */
export function deepNesting(levels = 200): string {
  return `{ __schema { types { fields { type { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } } } } }`;
}

/** `count` named operations in one document. */
export function manyOperations(count = 500): string {
  return Array.from({ length: count }, (_, i) => `query Q${i} { __typename }`).join("\n");
}

/** More tokens than the default limit (5,000), under the default byte limit. */
export function tokenFlood(count = 6_000): string {
  return `{ ${"__typename ".repeat(count)}}`;
}

/** One field with a sub-selection, repeated: graphql-js compares every pair of copies. */
export function repeatedField(count = 550): string {
  return `{ ${"viewer { tenant } ".repeat(count)}}`;
}
