/**
 * The value, known present by an earlier check the compiler cannot follow (a validation that
 * threw on absence, a regex group that always matches); throws an internal error otherwise.
 * Used instead of `!` so a broken invariant fails loudly where it breaks.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`internal: ${what} is missing`);
  return value;
}
