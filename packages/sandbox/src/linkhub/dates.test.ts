import { describe, expect, it } from "vitest";
import { formatExpiration, formatLinkhubTime, parseLhDate } from "./dates.js";

describe("parseLhDate", () => {
  it("accepts the Node spelling with milliseconds and the Java/Python spelling without", () => {
    expect(parseLhDate("2026-11-23T01:02:03.000Z")?.toISOString()).toBe("2026-11-23T01:02:03.000Z");
    expect(parseLhDate("2026-11-23T01:02:03Z")?.toISOString()).toBe("2026-11-23T01:02:03.000Z");
  });

  it("rejects local times, offsets and impossible dates", () => {
    expect(parseLhDate("2026-11-23T01:02:03")).toBeUndefined();
    expect(parseLhDate("2026-11-23T10:02:03+09:00")).toBeUndefined();
    expect(parseLhDate("2026-13-45T01:02:03Z")).toBeUndefined();
    expect(parseLhDate("2026-02-30T01:02:03Z")).toBeUndefined();
    expect(parseLhDate("Mon, 23 Nov 2026 01:02:03 GMT")).toBeUndefined();
  });
});

describe("formatters", () => {
  it("formats expiration with milliseconds and /Time without", () => {
    const date = new Date("2026-11-23T01:02:03.045Z");
    expect(formatExpiration(date)).toBe("2026-11-23T01:02:03.045Z");
    expect(formatLinkhubTime(date)).toBe("2026-11-23T01:02:03Z");
  });
});
