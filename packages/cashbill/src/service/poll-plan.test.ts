import { describe, expect, it } from "vitest";
import { PollPlan } from "./poll-plan.js";

const options = { initialMs: 1_000, minMs: 250, maxMs: 5_000 };
/** After a miss, the next poll comes at least 2 s later (POPBiLL: every 2-5 s). */
const GAP = 2_000;

/** Bulks that complete `completeMs` after their send, polled at the plan's times. */
function simulate(p: PollPlan, completeMs: number, bulks: number) {
  const out: { polls: number; lateMs: number }[] = [];
  for (let bulk = 0; bulk < bulks; bulk++) {
    let at = p.firstDelay();
    let missed: number | null = null;
    let polls = 1;
    while (at < completeMs) {
      missed = at;
      at += GAP;
      polls++;
    }
    p.completed(at, missed);
    out.push({ polls, lateMs: at - completeMs });
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("PollPlan", () => {
  it("starts at the initial estimate, within min and max", () => {
    expect(new PollPlan(options).firstDelay()).toBe(1_000);
    expect(new PollPlan({ ...options, initialMs: 10 }).firstDelay()).toBe(250);
    expect(new PollPlan({ ...options, initialMs: 9_000 }).firstDelay()).toBe(5_000);
  });

  it("climbs to a completion time above the first estimate", () => {
    const p = new PollPlan(options);
    const runs = simulate(p, 3_000, 40);
    expect(runs[0]!.polls).toBe(2); // 1 s, then 3 s (the 2 s gap later), found there
    expect(p.expectedMs).toBeGreaterThanOrEqual(2_900);
    expect(p.expectedMs).toBeLessThan(3_800);
    const late = runs.slice(-20);
    expect(mean(late.map((r) => r.polls))).toBeLessThanOrEqual(1.2);
    expect(mean(late.map((r) => r.lateMs))).toBeLessThan(600); // a fifth of 3 s
  });

  it("stays just above a steady completion time: about one poll per bulk", () => {
    const p = new PollPlan(options);
    const runs = simulate(p, 1_020, 100).slice(10);
    expect(mean(runs.map((r) => r.polls))).toBeLessThanOrEqual(1.2);
    expect(mean(runs.map((r) => r.lateMs))).toBeLessThan(400);
  });

  it("learns from a burst as from one bulk: hits armed with one estimate do not compound", () => {
    // A day's bulks go out together, all armed with the estimate of that moment, and their
    // results come in together: 100 hits at the same elapsed time.
    const p = new PollPlan(options);
    const armed = p.firstDelay();
    for (let bulk = 0; bulk < 100; bulk++) p.completed(armed, null);
    expect(p.expectedMs).toBe(980); // 2 % below the hits, not 0.98^100 of them
    // The next burst, completing at 990 ms, misses once and raises the estimate by a quarter
    // at most, however many of its bulks report it.
    const next = p.firstDelay();
    for (let bulk = 0; bulk < 100; bulk++) p.completed(next + GAP, next);
    expect(p.expectedMs).toBe(1_225);
  });

  it("moves down when bulks complete faster than expected, never below the minimum", () => {
    const p = new PollPlan({ ...options, initialMs: 3_000 });
    simulate(p, 1_000, 80);
    expect(p.expectedMs).toBeLessThanOrEqual(1_250);
    expect(p.expectedMs).toBeGreaterThanOrEqual(950);
    simulate(p, 0, 200);
    expect(p.expectedMs).toBe(250);
  });

  it("polls just after the completion time a webhook reported", () => {
    const p = new PollPlan(options);
    p.reported(1_010);
    expect(p.firstDelay()).toBe(1_061);
    p.reported(100);
    expect(p.firstDelay()).toBe(250); // never below the minimum
  });

  it("lets one slow bulk raise the estimate by a quarter at most", () => {
    const p = new PollPlan(options);
    p.completed(4_000, 1_000);
    expect(p.expectedMs).toBe(1_250);
    p.completed(1_250, null);
    expect(p.expectedMs).toBe(1_225);
  });
});
