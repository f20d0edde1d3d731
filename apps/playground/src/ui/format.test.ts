import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime } from "./format.js";

describe("times as the page shows them", () => {
  it("shows a gateway time in Korea time, whatever zone it was written in", () => {
    expect(formatDateTime("2026-12-08T09:05:03+09:00")).toBe("2026-12-08 09:05:03");
    expect(formatDateTime("2026-12-07T23:00:00Z")).toBe("2026-12-08 08:00:00");
    expect(formatTime("2026-12-07T23:00:00Z")).toBe("08:00:00");
    expect(formatDateTime("not a time")).toBe("not a time");
  });
});
