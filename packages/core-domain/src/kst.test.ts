import { describe, expect, it } from "vitest";
import {
  fromKstCompact,
  isoDateToCompact,
  kstCompactToIso,
  toKstCompact,
  toKstDate,
  toKstIso,
} from "./kst.js";

describe("KST conversions", () => {
  const instant = Date.parse("2026-11-23T01:02:03.000Z");
  it("formats an instant as ISO with +09:00", () => {
    expect(toKstIso(instant)).toBe("2026-11-23T10:02:03+09:00");
  });
  it("formats compact KST date-times and dates, rolling over midnight", () => {
    expect(toKstCompact(instant)).toBe("20261123100203");
    expect(toKstDate(Date.parse("2026-11-23T15:30:00Z"))).toBe("20261124");
  });
  it("parses compact KST strings of 8, 12 and 14 digits", () => {
    expect(fromKstCompact("20261123100203")?.toISOString()).toBe("2026-11-23T01:02:03.000Z");
    expect(fromKstCompact("202611231002")?.toISOString()).toBe("2026-11-23T01:02:00.000Z");
    expect(fromKstCompact("20261123")?.toISOString()).toBe("2026-11-22T15:00:00.000Z");
  });
  it("returns null for blank or malformed upstream values", () => {
    expect(fromKstCompact("")).toBeNull();
    expect(fromKstCompact("2026112")).toBeNull();
    expect(kstCompactToIso(null)).toBeNull();
  });
  it("accepts only real calendar days as ISO dates", () => {
    expect(isoDateToCompact("2026-02-28")).toBe("20260228");
    expect(isoDateToCompact("2026-02-30")).toBeNull();
    expect(isoDateToCompact("20260228")).toBeNull();
  });
  it("parses as a date string would, for every shape of value", () => {
    // The parser before its digit fast path: a regular expression and a date string.
    const reference = (value: string) => {
      const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(value);
      if (!m) return null;
      const [, y, mo, d, h = "00", mi = "00", s = "00"] = m;
      const t = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+09:00`).getTime();
      return Number.isNaN(t) ? null : t;
    };
    const values: string[] = [
      "2026112a",
      "20261123 10203",
      "２０２６１１２３",
      "00010101",
      "09991231",
    ];
    for (const y of ["0000", "0999", "1000", "2024", "2026", "9999"])
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) {
          const day = `${y}${String(mo).padStart(2, "0")}${String(d).padStart(2, "0")}`;
          values.push(day, `${day}2359`, `${day}235959`);
        }
    for (const time of [
      "000000",
      "090000",
      "235959",
      "240000",
      "243000",
      "236000",
      "235960",
      "9999",
    ])
      values.push(`20261123${time}`);
    let fast = 0;
    for (const value of values) {
      expect(fromKstCompact(value)?.getTime() ?? null, value).toBe(reference(value));
      if (reference(value) !== null) fast++;
    }
    expect(fast).toBeGreaterThan(1_000);
  });
  it("formats repeated instants the same (the last one is remembered)", () => {
    expect(toKstIso(instant)).toBe("2026-11-23T10:02:03+09:00");
    expect(toKstIso(new Date(instant))).toBe("2026-11-23T10:02:03+09:00");
    expect(toKstIso(instant + 1_000)).toBe("2026-11-23T10:02:04+09:00");
    expect(toKstIso(instant)).toBe("2026-11-23T10:02:03+09:00");
    expect(() => toKstIso(Number.NaN)).toThrow(RangeError);
  });
});
