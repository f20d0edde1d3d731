import { describe, expect, it } from "vitest";
import { CursorTracker, cursorOf } from "./resume.js";
import { prepare } from "./documents.js";
import { CashbillEventsDocument, ViewerDocument } from "./index.js";

const event = (cursor: string) => ({ cashbillEvents: { cursor, mgtKey: `K-${cursor}` } });

describe("cursorOf", () => {
  it("takes the cursor of the single root field", () => {
    expect(cursorOf(event("c1"))).toBe("c1");
  });

  it("works whatever the root field is called (aliases included)", () => {
    expect(cursorOf({ mine: { cursor: "c2" } })).toBe("c2");
  });

  it("finds none when there are several root fields", () => {
    expect(cursorOf({ a: { cursor: "c1" }, b: { cursor: "c2" } })).toBeNull();
  });

  it("finds none when the payload selects no cursor", () => {
    expect(cursorOf({ clock: { seq: 1 } })).toBeNull();
    expect(cursorOf({ clock: null })).toBeNull();
    expect(cursorOf(null)).toBeNull();
    expect(cursorOf({ e: { cursor: 7 } })).toBeNull();
  });
});

describe("CursorTracker", () => {
  it("sends the caller's variables unchanged before any event", () => {
    const tracker = new CursorTracker(true, undefined);
    expect(tracker.variables({ submitId: "S1" })).toEqual({ submitId: "S1" });
    expect(tracker.cursor).toBeNull();
  });

  it("moves `after` to the last cursor received, keeping the other variables", () => {
    const tracker = new CursorTracker(true, null);
    tracker.accept(event("c1"));
    tracker.accept(event("c2"));
    expect(tracker.variables({ submitId: "S1", after: null })).toEqual({
      submitId: "S1",
      after: "c2",
    });
    expect(tracker.cursor).toBe("c2");
  });

  it("starts from the caller's own `after`", () => {
    const tracker = new CursorTracker(true, "c0");
    expect(tracker.cursor).toBe("c0");
    expect(tracker.variables({ after: "c0" })).toEqual({ after: "c0" });
    tracker.accept(event("c5"));
    expect(tracker.variables({ after: "c0" })).toEqual({ after: "c5" });
  });

  it("never adds `after` to an operation that does not declare it", () => {
    const tracker = new CursorTracker(false, null);
    tracker.accept(event("c1"));
    expect(tracker.variables({ intervalMs: 100 })).toEqual({ intervalMs: 100 });
  });

  it("drops an event whose cursor was already delivered", () => {
    const tracker = new CursorTracker(true, null);
    expect(tracker.accept(event("c1"))).toBe(true);
    expect(tracker.accept(event("c2"))).toBe(true);
    expect(tracker.accept(event("c1"))).toBe(false);
    expect(tracker.cursor).toBe("c2");
  });

  it("forgets cursors beyond its window", () => {
    const tracker = new CursorTracker(true, null, 2);
    tracker.accept(event("c1"));
    tracker.accept(event("c2"));
    tracker.accept(event("c3"));
    expect(tracker.accept(event("c1"))).toBe(true);
    expect(tracker.accept(event("c3"))).toBe(false);
  });

  it("delivers payloads without a cursor as they come", () => {
    const tracker = new CursorTracker(true, null);
    expect(tracker.accept({ clock: { seq: 1 } })).toBe(true);
    expect(tracker.accept({ clock: { seq: 1 } })).toBe(true);
    expect(tracker.cursor).toBeNull();
  });
});

describe("prepare", () => {
  it("sees that an event subscription declares $after", () => {
    const op = prepare(CashbillEventsDocument);
    expect(op.acceptsAfter).toBe(true);
    expect(op.operationName).toBe("CashbillEvents");
    expect(op.query).toContain("cashbillEvents(");
  });

  it("sees that a query without $after cannot resume", () => {
    expect(prepare(ViewerDocument).acceptsAfter).toBe(false);
  });

  it("prints each document once", () => {
    expect(prepare(ViewerDocument)).toBe(prepare(ViewerDocument));
  });
});
