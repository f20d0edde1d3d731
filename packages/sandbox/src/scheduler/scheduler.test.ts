import { afterEach, describe, expect, it, vi } from "vitest";
import { SandboxClock } from "../clock.js";
import { MinHeap } from "./heap.js";
import { Scheduler } from "./scheduler.js";

describe("MinHeap", () => {
  it("pops items in order", () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    for (const n of [5, 1, 4, 1, 9, 2, 6]) heap.push(n);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop()!);
    expect(out).toEqual([1, 1, 2, 4, 5, 6, 9]);
  });
});

describe("Scheduler", () => {
  const schedulers: Scheduler[] = [];
  afterEach(() => schedulers.splice(0).forEach((s) => s.stop()));

  function make(): { clock: SandboxClock; scheduler: Scheduler } {
    const clock = new SandboxClock({ fixed: 0 });
    const scheduler = new Scheduler(clock, 10);
    schedulers.push(scheduler);
    return { clock, scheduler };
  }

  it("runs nothing before the sandbox clock reaches a job", () => {
    const { scheduler } = make();
    const run = vi.fn();
    scheduler.at(1_000, "later", run);
    expect(scheduler.runDue()).toBe(0);
    expect(run).not.toHaveBeenCalled();
  });

  it("runs due jobs in due order, first-scheduled first on ties", () => {
    const { clock, scheduler } = make();
    const order: string[] = [];
    scheduler.at(200, "c", () => order.push("c"));
    scheduler.at(100, "a", () => order.push("a"));
    scheduler.at(100, "b", () => order.push("b"));
    clock.advance(200);
    expect(scheduler.runDue()).toBe(3);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("runs jobs at once when a started scheduler's clock is advanced", () => {
    const { clock, scheduler } = make();
    const run = vi.fn();
    scheduler.after(5_000, "x", run);
    scheduler.start();
    clock.advance(5_000);
    expect(run).toHaveBeenCalledOnce();
  });

  it("picks up due jobs on its real-time tick", async () => {
    const clock = new SandboxClock();
    const scheduler = new Scheduler(clock, 5);
    schedulers.push(scheduler);
    const run = vi.fn();
    scheduler.after(20, "soon", run);
    scheduler.start();
    await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
  });

  it("skips cancelled jobs and keeps going after a job throws, telling its report", () => {
    const clock = new SandboxClock({ fixed: 0 });
    const reports: string[] = [];
    const scheduler = new Scheduler(clock, 10, (message, error) =>
      reports.push(`${message}: ${String(error)}`),
    );
    schedulers.push(scheduler);
    const run = vi.fn();
    scheduler.cancel(scheduler.at(1, "cancelled", run));
    scheduler.at(1, "boom", () => {
      throw new Error("boom");
    });
    scheduler.at(2, "ok", run);
    clock.advance(2);
    scheduler.runDue();
    expect(run).toHaveBeenCalledOnce();
    expect(scheduler.failures).toBe(1);
    expect(reports).toEqual(["sandbox scheduler: job boom failed: Error: boom"]);
  });

  it("runs jobs scheduled by a running job when they are already due", () => {
    const { scheduler } = make();
    const run = vi.fn();
    scheduler.at(0, "outer", () => scheduler.at(0, "inner", run));
    scheduler.runDue();
    expect(run).toHaveBeenCalledOnce();
    expect(scheduler.pending()).toEqual([]);
  });
});
