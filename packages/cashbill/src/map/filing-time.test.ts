import { describe, expect, it } from "vitest";
import { expectedFilingResultAt } from "./filing-time.js";

describe("expectedFilingResultAt", () => {
  it("is 11:00 KST the day after issuance, by the KST calendar day", () => {
    expect(expectedFilingResultAt("2026-11-23T10:02:06+09:00")).toBe("2026-11-24T11:00:00+09:00");
    // 23:59 KST on the 30th is still the 30th: the result comes on December 1st.
    expect(expectedFilingResultAt("2026-11-30T23:59:59+09:00")).toBe("2026-12-01T11:00:00+09:00");
    // 00:30 KST on the 24th (15:30 UTC on the 23rd) is issued on the 24th.
    expect(expectedFilingResultAt("2026-11-23T15:30:00Z")).toBe("2026-11-25T11:00:00+09:00");
  });

  it("is null before issuance", () => {
    expect(expectedFilingResultAt(null)).toBeNull();
    expect(expectedFilingResultAt("")).toBeNull();
  });
});
