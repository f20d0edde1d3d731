import { describe, expect, it } from "vitest";
import { parseDuration } from "./duration.js";

describe("parseDuration", () => {
  it("reads ISO-8601 durations without years or months", () => {
    expect(parseDuration("PT30S")).toBe(30_000);
    expect(parseDuration("P1D")).toBe(86_400_000);
    expect(parseDuration("P1DT2H30M")).toBe(86_400_000 + 2 * 3_600_000 + 30 * 60_000);
    expect(parseDuration("P1W")).toBe(7 * 86_400_000);
  });

  it("reads compact durations", () => {
    expect(parseDuration("31s")).toBe(31_000);
    expect(parseDuration("1d2h")).toBe(86_400_000 + 7_200_000);
    expect(parseDuration("90m")).toBe(5_400_000);
    expect(parseDuration("500ms")).toBe(500);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "P", "PT", "P1M", "1y", "tomorrow", "-1d", "1d x"])
      expect(parseDuration(bad)).toBeUndefined();
  });
});
