import { describe, expect, it } from "vitest";
import {
  addKstMonths,
  kstDate,
  kstDateTime,
  kstStartOfDay,
  parseKstDate,
  parseKstDateTime,
} from "./kst.js";

const VECTOR = Date.parse("2026-11-23T01:02:03.000Z");

describe("KST helpers", () => {
  it("formats the vector instant as 10:02:03 KST", () => {
    expect(kstDateTime(VECTOR)).toBe("20261123100203");
    expect(kstDate(VECTOR)).toBe("20261123");
  });

  it("formats each second on its own, however the calls alternate (the last one is remembered)", () => {
    expect(kstDateTime(VECTOR + 999)).toBe("20261123100203");
    expect(kstDateTime(VECTOR + 1_000)).toBe("20261123100204");
    expect(kstDateTime(VECTOR - 1)).toBe("20261123100202");
    expect(kstDateTime(VECTOR)).toBe("20261123100203");
    expect(kstDateTime(VECTOR + 86_400_000)).toBe("20261124100203");
    expect(() => kstDateTime(Number.NaN)).toThrow(RangeError);
  });

  it("starts the KST day at 15:00 UTC of the previous UTC day", () => {
    expect(new Date(kstStartOfDay(VECTOR)).toISOString()).toBe("2026-11-22T15:00:00.000Z");
  });

  it("parses what it formats and refuses impossible dates", () => {
    expect(parseKstDateTime("20261123100203")).toBe(VECTOR);
    expect(parseKstDate("20261123")).toBe(kstStartOfDay(VECTOR));
    for (const bad of ["20260230120000", "2026112310020", "20261123250000", "abc"]) {
      expect(parseKstDateTime(bad)).toBeUndefined();
    }
    expect(parseKstDate("20261331")).toBeUndefined();
  });

  it("adds calendar months and clamps the day of month", () => {
    const aug31 = parseKstDate("20260831")!;
    expect(kstDate(addKstMonths(aug31, 6))).toBe("20270228");
    expect(kstDate(addKstMonths(parseKstDate("20261101")!, 6))).toBe("20270501");
  });
});
