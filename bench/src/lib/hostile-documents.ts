/**
 * Hostile GraphQL documents of about `bytes` each, one per class the gateway's operation limits
 * refuse (issue 17): each fragment spreading the next twice, aliases, directives, nesting, and
 * one field repeated (graphql-js's OverlappingFieldsCanBeMerged compares every pair).
 * (The gateway's tests have their own copies in `apps/gateway/test/security/hostile.ts`.)
 */
export function hostileDocuments(bytes = 10_000): Record<string, string> {
  return {
    "fragment fan-out": repeatUntil(
      bytes,
      "{ ...F0 }\n",
      (i) => {
        return `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
      },
      (n) => `fragment F${n} on Query { __typename }`,
    ),
    "alias flood (__typename)": `{ ${repeatUntil(bytes - 4, "", (i) => `a${i}: __typename `)}}`,
    "deep nesting": nested(bytes),
    "directive flood": `{ __typename ${repeatUntil(bytes - 20, "", () => "@include(if: true) ")}}`,
    "repeated field": `{ ${repeatUntil(bytes - 4, "", () => "viewer { tenant } ")}}`,
  };
}

/** `head` then `part(0)`, `part(1)`, … while the text stays under `bytes`, then `tail(n)`. */
function repeatUntil(
  bytes: number,
  head: string,
  part: (i: number) => string,
  tail: (n: number) => string = () => "",
): string {
  let text = head;
  let i = 0;
  for (;;) {
    const next = part(i);
    if (text.length + next.length + tail(i + 1).length > bytes) break;
    text += next;
    i++;
  }
  return text + tail(i);
}

/** Introspection's `ofType` nested as deep as fits (the schema has no other recursion). */
function nested(bytes: number): string {
  const head = "{ __schema { types { fields { type { ";
  const tail = "name } } } } }";
  const levels = Math.floor((bytes - head.length - tail.length) / "ofType { } ".length);
  return `${head}${"ofType { ".repeat(levels)}${tail}${" }".repeat(levels)}`;
}
