import { describe, expect, it } from "vitest";
import { BULK_SIZE, MAX_RECEIPTS, clampCount, newRunId, planBulks } from "./receipts.js";

const SUBMIT_ID = /^[A-Za-z0-9_-]{1,36}$/;
const MGT_KEY = /^[A-Za-z0-9_-]{1,24}$/;

describe("demo receipts", () => {
  it("gives every run a different id: from the time, and from randomness within a millisecond", () => {
    expect(newRunId(0, () => 0)).toBe("PG000000");
    const now = Date.UTC(2026, 10, 23);
    expect(newRunId(now, () => 0.1)).not.toBe(newRunId(now, () => 0.2));
    expect(newRunId(now, () => 0.1)).not.toBe(newRunId(now + 1, () => 0.1));
    const longest = `${newRunId(Date.UTC(2100, 0, 1), () => 0.999999)}-${MAX_RECEIPTS - 1}`;
    expect(longest).toMatch(MGT_KEY);
  });

  it("splits 1,000 receipts into 10 bulks of 100 with valid, unique SubmitIDs and mgtKeys", () => {
    const runId = newRunId();
    const bulks = planBulks(runId, MAX_RECEIPTS);
    expect(bulks.map((b) => b.cashbills.length)).toEqual(Array(10).fill(BULK_SIZE));
    const keys = bulks.flatMap((b) => b.cashbills.map((c) => c.mgtKey));
    expect(new Set(keys).size).toBe(MAX_RECEIPTS);
    for (const key of keys) expect(key).toMatch(MGT_KEY);
    for (const bulk of bulks) expect(bulk.submitId).toMatch(SUBMIT_ID);
    expect(new Set(bulks.map((b) => b.submitId)).size).toBe(10);
  });

  it("puts the remainder in a last, smaller bulk", () => {
    expect(planBulks("R", 250).map((b) => b.cashbills.length)).toEqual([100, 100, 50]);
  });

  it("keeps the amounts consistent", () => {
    for (const c of planBulks("R", 120)[0]!.cashbills) {
      expect(c.totalAmount).toBe(c.supplyCost + c.tax + c.serviceFee);
      expect(c.tax).toBe(Math.floor(c.supplyCost / 10));
    }
  });

  it("adds the sandbox's refusal and filing-failure identities only when asked", () => {
    const identities = (failures: boolean) =>
      planBulks("R", 100, { sampleFailures: failures })[0]!.cashbills.map((c) => c.identityNum);
    expect(new Set(identities(false))).toEqual(new Set(["01012345678"]));
    const mixed = identities(true);
    expect(mixed.filter((n) => n.endsWith("4444"))).toHaveLength(1);
    expect(mixed.filter((n) => n.endsWith("0305"))).toHaveLength(2);
  });

  it("clamps the requested count to 1..1000", () => {
    expect([0, -5, 1, 99.7, 1000, 5000, Number.NaN].map(clampCount)).toEqual([
      1, 1, 1, 99, 1000, 1000, 1,
    ]);
  });
});
