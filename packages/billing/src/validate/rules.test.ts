import { describe, expect, it } from "vitest";
import { ProblemList } from "@korbill/core-domain";
import { birth, cardNumber, expiry, isoInstant, luhnValid } from "./rules.js";

const NOW = Date.parse("2025-01-01T00:00:00Z");

describe("luhnValid", () => {
  it.each([
    ["4111111111111111", true],
    ["5555555555554444", true],
    ["378282246310005", true],
    ["6011111111111117", true],
    ["9490000000000001", false],
    ["4111111111111112", false],
    ["1234567890123456", false],
    ["", false],
  ])("%s -> %s", (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});

describe("cardNumber", () => {
  it("normalises 16 digits to dddd-dddd-dddd-dddd", () => {
    expect(cardNumber(new ProblemList(), "n", "4111111111111111")).toBe("4111-1111-1111-1111");
    expect(cardNumber(new ProblemList(), "n", "41-1111111111-1111")).toBe("4111-1111-1111-1111");
  });

  it("groups 15 digits as dddd-dddddd-ddddd", () => {
    expect(cardNumber(new ProblemList(), "n", "378282246310005")).toBe("3782-822463-10005");
  });

  it("never quotes the number in its message", () => {
    const p = new ProblemList();
    expect(cardNumber(p, "card.number", "4111-1111-1111-1112")).toBeNull();
    expect(p.problems).toEqual([{ path: "card.number", message: "fails the Luhn check" }]);
  });
});

describe("expiry", () => {
  it("accepts the current KST month, even when UTC is still in the previous one", () => {
    const p = new ProblemList();
    // 2024-12-31T15:00Z is 2025-01-01 00:00 KST.
    expiry(p, "e", "2025-01", Date.parse("2024-12-31T15:00:00Z"));
    expect(p.problems).toEqual([]);
  });

  it("refuses the previous month", () => {
    const p = new ProblemList();
    expiry(p, "e", "2024-12", NOW);
    expect(p.problems[0]?.message).toBe("the card has expired");
  });
});

describe("birth", () => {
  it.each(["900101", "000229", "1234567890"])("accepts %s", (value) => {
    const p = new ProblemList();
    birth(p, "b", value);
    expect(p.problems).toEqual([]);
  });

  it.each(["900230", "901301", "9001011", "abcdef"])("refuses %s", (value) => {
    const p = new ProblemList();
    birth(p, "b", value);
    expect(p.problems).toHaveLength(1);
  });
});

describe("isoInstant", () => {
  it("reads an offset date-time as epoch ms", () => {
    expect(isoInstant(new ProblemList(), "t", "2025-02-01T09:00:00+09:00")).toBe(
      Date.parse("2025-02-01T00:00:00Z"),
    );
  });

  it.each(["2025-02-01T09:00:00", "2025-02-30T09:00:00+09:00", "tomorrow"])("refuses %s", (v) => {
    const p = new ProblemList();
    expect(isoInstant(p, "t", v)).toBeNull();
    expect(p.problems).toHaveLength(1);
  });
});
