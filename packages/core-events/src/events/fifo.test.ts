import { describe, expect, it } from "vitest";
import { Fifo } from "./fifo.js";

describe("Fifo", () => {
  it("gives items back in order, counting what waits", () => {
    const q = new Fifo<number>();
    expect(q.shift()).toBeUndefined();
    q.push(1);
    q.push(2);
    expect(q.size).toBe(2);
    expect(q.shift()).toBe(1);
    q.push(3);
    expect([q.shift(), q.shift(), q.shift()]).toEqual([2, 3, undefined]);
    expect(q.size).toBe(0);
  });

  it("keeps order and size across compactions of a queue that never drains", () => {
    const q = new Fifo<number>();
    const out: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 300; i++) q.push(next++);
      for (let i = 0; i < 250; i++) out.push(q.shift()!);
      expect(q.size).toBe(next - out.length);
    }
    while (q.size) out.push(q.shift()!);
    expect(out).toEqual(Array.from({ length: next }, (_, i) => i));
  });

  it("clear() empties it", () => {
    const q = new Fifo<string>();
    q.push("a");
    q.clear();
    expect(q.size).toBe(0);
    expect(q.shift()).toBeUndefined();
  });
});
