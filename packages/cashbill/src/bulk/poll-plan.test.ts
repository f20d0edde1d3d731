import { describe, expect, it } from "vitest";
import { PollPlan } from "./poll-plan.js";

const plan = () => new PollPlan({ initialMs: 1_000, minMs: 250, maxMs: 5_000, quickSteps: 2 });

describe("PollPlan", () => {
  it("starts at the initial estimate, within min and max", () => {
    expect(plan().firstDelay()).toBe(1_000);
    expect(
      new PollPlan({ initialMs: 10, minMs: 250, maxMs: 5_000, quickSteps: 2 }).firstDelay(),
    ).toBe(250);
    expect(
      new PollPlan({ initialMs: 9_000, minMs: 250, maxMs: 5_000, quickSteps: 2 }).firstDelay(),
    ).toBe(5_000);
  });

  it("takes short steps after a miss, then gives way to the regular interval", () => {
    const p = plan();
    expect(p.nextDelay(1)).toBe(250);
    expect(p.nextDelay(2)).toBe(250);
    expect(p.nextDelay(3)).toBeNull();
  });

  it("converges on the completion time from the polls' bounds", () => {
    // Bulks that complete 3 s after their send, polled at the plan's times.
    const p = plan();
    const polls: number[] = [];
    for (let bulk = 0; bulk < 30; bulk++) {
      let at = p.firstDelay();
      let previous: number | null = null;
      let count = 1;
      for (let misses = 1; at < 3_000; misses++) {
        previous = at;
        at += p.nextDelay(misses) ?? 3_500;
        count++;
      }
      p.completed(at, previous);
      polls.push(count);
    }
    expect(p.expectedMs).toBeGreaterThan(2_500);
    expect(p.expectedMs).toBeLessThan(3_300);
    // The first bulk needed several polls; later ones about one or two.
    expect(polls[0]).toBeGreaterThan(3);
    const late = polls.slice(-10);
    expect(late.reduce((a, b) => a + b, 0) / late.length).toBeLessThanOrEqual(2);
  });

  it("moves down when bulks complete faster than expected", () => {
    const p = new PollPlan({ initialMs: 3_000, minMs: 250, maxMs: 5_000, quickSteps: 2 });
    p.completed(3_000, null); // first sample replaces the estimate: 70 % of the hit
    expect(p.expectedMs).toBe(2_100);
    for (let i = 0; i < 20; i++) p.completed(p.firstDelay(), null);
    expect(p.expectedMs).toBeLessThan(1_000);
  });
});
