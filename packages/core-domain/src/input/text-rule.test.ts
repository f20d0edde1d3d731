import { describe, expect, it } from "vitest";
import { InputError, ProblemList } from "../domain-errors.js";
import { checkTextInput, rejectUnsafeText, unsafeTextProblem } from "./text-rule.js";

function problemsOf(input: unknown, path = "input") {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  return problems.problems;
}

describe("unsafeTextProblem", () => {
  it.each([
    ["NUL", "a\u0000@b.co"],
    ["ESC", "name\u001b[31m"],
    ["DEL", "x\u007f"],
    ["a C1 control", "x\u0085y"],
    ["CR", "a\rb"],
    ["TAB", "a\tb"],
    ["a line feed", "a\nb"],
    ["RLO", "abc\u202Efdp.exe"],
    ["LRE", "\u202Ax"],
    ["an isolate", "x\u2066y\u2069"],
    ["a lone high surrogate", "x\uD800y"],
    ["a lone low surrogate", "x\uDC00"],
  ])("refuses %s in a single-line field", (_name, value) => {
    expect(unsafeTextProblem(value)).toMatch(/must not contain/);
  });

  it("accepts Korean, emoji (a surrogate pair) and punctuation", () => {
    expect(unsafeTextProblem("홍길동 😀 (주) A-1_b.c@d")).toBeNull();
  });

  it("allows a line feed, and only that, in a multi-line field", () => {
    expect(unsafeTextProblem("line 1\nline 2", true)).toBeNull();
    expect(unsafeTextProblem("a\r\nb", true)).toMatch(/U\+000D/);
    expect(unsafeTextProblem("a\u0000b", true)).toMatch(/U\+0000/);
    expect(unsafeTextProblem("a\u202Eb", true)).toMatch(/bidirectional/);
  });

  it("names the code point and never echoes the character", () => {
    const message = unsafeTextProblem("ab\u001b")!;
    expect(message).toContain("U+001B at index 2");
    expect(message).not.toContain("\u001b");
  });
});

describe("checkTextInput", () => {
  it("walks nested objects and lists and names each field", () => {
    expect(
      problemsOf({
        customerName: "ok",
        email: "a\u0000@b.co",
        cashbills: [{ itemName: "fine" }, { itemName: "bad\u001b" }],
        memo: "two\nlines",
      }).map((p) => p.path),
    ).toEqual(["input.email", "input.cashbills.1.itemName"]);
  });

  it("treats memo fields as multi-line at any depth, others as one line", () => {
    expect(problemsOf({ a: { memo: "x\ny" }, b: { name: "x\ny" } }).map((p) => p.path)).toEqual([
      "input.b.name",
    ]);
  });

  it("ignores numbers, booleans and null", () => {
    expect(problemsOf({ amount: 1, sendSms: true, hp: null })).toEqual([]);
  });

  it("rejectUnsafeText throws one BAD_USER_INPUT listing every field", () => {
    let error: unknown;
    try {
      rejectUnsafeText({ reason: "x\u0000", customerUid: "ok", memo: "a\nb" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.path)).toEqual(["reason"]);
  });
});
