import { describe, expect, it } from "vitest";
import { InFlight } from "./in-flight.js";

describe("InFlight", () => {
  it("shares the pending promise of a key, and starts anew once it settled", async () => {
    const flights = new InFlight<string, number>();
    let started = 0;
    // Work that takes a while (any while): the second run of "k" comes before it settles.
    const start = () => new Promise<number>((resolve) => setTimeout(() => resolve(++started), 5));
    const [a, b] = await Promise.all([flights.run("k", start), flights.run("k", start)]);
    expect([a, b, started]).toEqual([1, 1, 1]);
    expect(await flights.run("other", start)).toBe(2);
    expect(await flights.run("k", start)).toBe(3);
  });

  it("frees the key after a rejection too", async () => {
    const flights = new InFlight<string, number>();
    await expect(flights.run("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await flights.run("k", () => Promise.resolve(7))).toBe(7);
  });
});
