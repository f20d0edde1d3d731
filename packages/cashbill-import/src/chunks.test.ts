import { describe, expect, it } from "vitest";
import { chunkSubmitId } from "./chunks.js";
import type { CashbillInput } from "./rules.js";

const receipt = (mgtKey: string, supplyCost = 1000): CashbillInput => ({
  mgtKey,
  tradeType: "APPROVAL",
  tradeUsage: "INCOME_DEDUCTION",
  taxationType: "TAXABLE",
  supplyCost,
  tax: supplyCost / 10,
  serviceFee: 0,
  totalAmount: supplyCost * 1.1,
  identityNum: "01012345678",
});

describe("chunkSubmitId", () => {
  it("is the same for the same member, chunk number and rows, and fits POPBiLL's pattern", () => {
    const a = chunkSubmitId("1234567890", 7, [receipt("A-1"), receipt("A-2")]);
    expect(a).toBe(chunkSubmitId("1234567890", 7, [receipt("A-1"), receipt("A-2")]));
    expect(a).toMatch(/^imp7-[A-Za-z0-9_-]{24}$/);
    expect(chunkSubmitId("1234567890", 99999, [receipt("A-1")]).length).toBeLessThanOrEqual(36);
  });

  it("changes with any row, the chunk number or the member", () => {
    const a = chunkSubmitId("1234567890", 1, [receipt("A-1")]);
    expect(chunkSubmitId("1234567890", 1, [receipt("A-1", 2000)])).not.toBe(a);
    expect(chunkSubmitId("1234567890", 2, [receipt("A-1")])).not.toBe(a);
    expect(chunkSubmitId("2222222222", 1, [receipt("A-1")])).not.toBe(a);
  });

  it("is the ID the CLI derived with node:crypto before it moved here (files imported before resume alike)", () => {
    // Computed by the earlier createHash("sha256")...digest("base64url") implementation.
    const input = { mgtKey: "가-1", supplyCost: 1000 } as unknown as CashbillInput;
    expect(chunkSubmitId("1234567890", 7, [input])).toBe("imp7-lmvMLHQqEC5NEqHYjdEElFj6");
    const other = { mgtKey: "A" } as unknown as CashbillInput;
    expect(chunkSubmitId("1234567890", 2, [other], "retry1")).toBe("imp2-aVG5J-PLcrIQOLBBk3MBuopl");
  });
});
