import { ProblemList } from "../domain-errors.js";

/**
 * Characters no free-text field may carry, whatever it is: C0 and C1 controls and DEL
 * (`\p{Cc}`: NUL, ESC, CR, TAB, ...), the bidi embeddings, overrides and isolates
 * (U+202A-202E, U+2066-2069: they reorder what a person reads on a receipt or a statement
 * without changing the bytes compared), and lone surrogates (`\p{Cs}` in `u` mode matches only
 * unpaired ones; they are not text and upstream encoders replace or reject them).
 */
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\p{Cs}]/u;
/** The same in a multi-line field, where a line feed is allowed (nothing else: not CR, not TAB). */
const UNSAFE_MULTILINE = /(?!\n)[\p{Cc}\u202A-\u202E\u2066-\u2069\p{Cs}]/u;

/** Fields (by their own name, at any depth) that may hold several lines. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(["memo", "customData"]);

/** Objects nested deeper than this are not walked further (GraphQL inputs are shallow). */
const MAX_DEPTH = 16;

/**
 * Why `value` is not acceptable text, or null when it is: names the first offending character
 * by code point and position (never echoes it, so a log or an error shows no raw control).
 */
export function unsafeTextProblem(value: string, multiline = false): string | null {
  const m = (multiline ? UNSAFE_MULTILINE : UNSAFE).exec(value);
  if (!m) return null;
  const code = m[0].codePointAt(0) ?? 0;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? "an unpaired surrogate"
      : code >= 0x202a
        ? "a bidirectional-text control"
        : code === 0x0a
          ? "a line break (this field is one line)"
          : "a control character";
  return `must not contain ${what} (${name} at index ${m.index})`;
}

/**
 * The one text rule of every korbill input: walks `input` (strings, arrays, plain and class
 * objects) and records a problem at `path.field` for each string with an unsafe character (see
 * {@link unsafeTextProblem}); fields named in {@link MULTILINE_FIELDS} may contain `\n`.
 * Validators call it once with the whole input instead of checking field by field, so a field
 * added later is covered without anyone remembering to.
 */
export function checkTextInput(
  problems: ProblemList,
  input: unknown,
  path: string,
  multiline = false,
  depth = 0,
): void {
  if (typeof input === "string") {
    const problem = unsafeTextProblem(input, multiline);
    if (problem) problems.add(path || "input", problem);
    return;
  }
  if (typeof input !== "object" || input === null || depth > MAX_DEPTH) return;
  if (Array.isArray(input)) {
    input.forEach((item, i) => checkTextInput(problems, item, join(path, i), false, depth + 1));
    return;
  }
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    checkTextInput(problems, value, join(path, key), MULTILINE_FIELDS.has(key), depth + 1);
  }
}

/**
 * Throws BAD_USER_INPUT listing every unsafe string of `input` (see {@link checkTextInput});
 * for validators that check their fields one call at a time. `inputs` maps argument names to
 * values when an operation takes several.
 */
export function rejectUnsafeText(inputs: Record<string, unknown>): void {
  const problems = new ProblemList();
  for (const [name, value] of Object.entries(inputs))
    checkTextInput(problems, value, name, MULTILINE_FIELDS.has(name));
  problems.throwIfAny();
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}
