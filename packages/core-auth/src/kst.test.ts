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
});
