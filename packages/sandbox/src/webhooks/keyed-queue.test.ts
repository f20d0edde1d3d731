import { describe, expect, it } from "vitest";
import { KeyedQueue } from "./keyed-queue.js";

describe("KeyedQueue", () => {
  it("hands out only the head of each key, keys in arrival order", () => {
    const queue = new KeyedQueue<string>();
    queue.push("a", "a1");
    queue.push("a", "a2");
    queue.push("b", "b1");
    expect([queue.take(), queue.take(), queue.take()]).toEqual([
      { key: "a", item: "a1" },
      { key: "b", item: "b1" },
      undefined,
    ]);
  });

  it("makes the next item ready when the head finishes", () => {
    const queue = new KeyedQueue<string>();
    queue.push("a", "a1");
    queue.push("a", "a2");
    queue.take();
    queue.finish("a", "a1");
    expect(queue.take()).toEqual({ key: "a", item: "a2" });
    queue.finish("a", "a2");
    expect(queue.values()).toEqual([]);
  });

  it("requeues a head only while it is still the head", () => {
    const queue = new KeyedQueue<string>();
    queue.push("a", "a1");
    queue.take();
    expect(queue.requeue("a", "a1")).toBe(true);
    expect(queue.take()).toEqual({ key: "a", item: "a1" });
    queue.clear();
    expect(queue.requeue("a", "a1")).toBe(false);
  });

  it("keeps order over many keys", () => {
    const queue = new KeyedQueue<number>();
    for (let i = 0; i < 5_000; i++) queue.push(`k${i}`, i);
    const seen: number[] = [];
    for (let next = queue.take(); next; next = queue.take()) seen.push(next.item);
    expect(seen).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
  });
});
