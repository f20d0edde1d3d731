import { describe, expect, it } from "vitest";
import { isIsoDate, kstDay, parseIsoInstant } from "./rules.js";

describe("parseIsoInstant", () => {
  it.each([
    ["2026-11-23T10:02:03+09:00", "2026-11-23T01:02:03.000Z"],
    ["2026-11-23T10:02+09:00", "2026-11-23T01:02:00.000Z"],
    ["2026-11-23T01:02:03.5Z", "2026-11-23T01:02:03.500Z"],
    ["2026-11-23T01:02:03.123456789Z", "2026-11-23T01:02:03.123Z"],
    ["2026-11-22T20:02:03-05:00", "2026-11-23T01:02:03.000Z"],
    ["2028-02-29T00:00:00+09:00", "2028-02-28T15:00:00.000Z"],
  ])("parses %s", (value, expected) => {
    expect(parseIsoInstant(value)?.toISOString()).toBe(expected);
  });

  it.each([
    "2026-11-23T10:02:03",
    "2026-11-23 10:02:03+09:00",
    "2026-11-23T10:02:60+09:00",
    "2026-11-23T10:60:00+09:00",
    "2026-11-23T24:00:00+09:00",
    "2027-02-29T00:00:00+09:00",
    "2026-04-31T00:00:00+09:00",
    "2026-11-23T10:02:03+15:00",
    "2026-11-23T10:02:03+0900",
    "2026-11-23",
    "",
    20261123,
    null,
  ])("rejects %s", (value) => {
    expect(parseIsoInstant(value)).toBeNull();
  });
});

describe("isIsoDate", () => {
  it("accepts real days only", () => {
    expect(isIsoDate("2026-11-23")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-11-23T00:00:00Z")).toBe(false);
    expect(isIsoDate("20261123")).toBe(false);
  });
});

describe("kstDay", () => {
  it("gives the Korean calendar day, which starts at 15:00 UTC", () => {
    expect(kstDay(new Date("2026-11-22T14:59:59Z"))).toBe("2026-11-22");
    expect(kstDay(new Date("2026-11-22T15:00:00Z"))).toBe("2026-11-23");
  });
});
