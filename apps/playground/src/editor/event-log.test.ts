import { describe, expect, it } from "vitest";
import { EventLogBuilder, clockTime } from "./event-log.js";

describe("EventLogBuilder", () => {
  it("keeps every event with its time, newest first, and notes apart from the count", () => {
    let ms = Date.UTC(2026, 11, 7, 1, 2, 3, 4);
    const log = new EventLogBuilder("Tick", () => new Date((ms += 100)));
    log.add({ data: { seq: 1 } });
    log.note("reconnected");
    const shown = log.add({ data: { seq: 2 }, errors: [{ message: "late" }] });
    expect(shown.subscription).toBe("Tick");
    expect(shown.eventCount).toBe(2);
    expect(shown.events.map((e) => e.data ?? e.note)).toEqual([
      { seq: 2 },
      "reconnected",
      { seq: 1 },
    ]);
    expect(shown.events[0]?.errors).toEqual([{ message: "late" }]);
    expect(shown.events.map((e) => e.receivedAt)).toEqual(
      [300, 200, 100].map((d) => clockTime(new Date(Date.UTC(2026, 11, 7, 1, 2, 3, 4 + d)))),
    );
  });

  it("writes times as HH:MM:SS.mmm", () => {
    expect(clockTime(new Date(2026, 0, 2, 3, 4, 5, 6))).toBe("03:04:05.006");
  });
});
