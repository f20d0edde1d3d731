import { DomainError } from "@korbill/core-auth";
import { describe, expect, it } from "vitest";
import { BalanceGuard, requiredPoints } from "./guard.js";

function guardWith(balance: number) {
  const observed: [string, number][] = [];
  const guard = new BalanceGuard({
    points: { getBalance: async () => balance },
    watch: { observe: async (corpNum, seen) => void observed.push([corpNum, seen]) },
  });
  return { guard, observed };
}

describe("BalanceGuard.assertBalanceCovers", () => {
  it("resolves with the balance when it covers the need, and reports it to the watch", async () => {
    const { guard, observed } = guardWith(1000.5);
    await expect(guard.assertBalanceCovers("1234567890", 1000.5)).resolves.toBe(1000.5);
    expect(observed).toEqual([["1234567890", 1000]]);
  });

  it("throws INSUFFICIENT_POINTS with the numbers when the balance falls short", async () => {
    const { guard, observed } = guardWith(15);
    const error = await guard
      .assertBalanceCovers("1234567890", requiredPoints(5.5, 3))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "INSUFFICIENT_POINTS",
      details: { corpNum: "1234567890", balance: 15, required: 16.5 },
    });
    expect(observed).toEqual([["1234567890", 15]]);
  });

  it("refuses a nonsensical requirement without asking POPBiLL", async () => {
    const { guard, observed } = guardWith(15);
    await expect(guard.assertBalanceCovers("1234567890", Number.NaN)).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(observed).toEqual([]);
  });
});

describe("requiredPoints", () => {
  it("multiplies without float noise", () => {
    expect(requiredPoints(0.1, 3)).toBe(0.3);
    expect(requiredPoints(5.5, 100)).toBe(550);
  });
});
