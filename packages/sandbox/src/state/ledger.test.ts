import { describe, expect, it } from "vitest";
import { PointLedger } from "./ledger.js";
import { type MemberRecord } from "./types.js";

function member(chargePoint: number, bonusPoint: number): MemberRecord {
  const users = [{ userId: "u", userName: "유저" }];
  return {
    corpNum: "1234567890",
    corpName: "c",
    ceoName: "c",
    linkId: "L",
    users,
    chargePoint,
    bonusPoint,
  };
}

const spending = {
  itemCode: 140,
  points: 11,
  user: { userId: "u", userName: "유저" },
  txDT: "20261123100203",
};

describe("PointLedger", () => {
  it("spends bonus points before charged points and records the balance", () => {
    const ledger = new PointLedger();
    const m = member(100, 5);
    expect(ledger.spend(m, spending)).toEqual({
      itemCode: 140,
      txType: 2,
      txPoint: "11",
      balance: "94",
      txDT: "20261123100203",
      userID: "u",
      userName: "유저",
    });
    expect(m).toMatchObject({ bonusPoint: 0, chargePoint: 94 });
    expect(ledger.history("1234567890")).toHaveLength(1);
  });

  it("refuses to spend more than the balance and changes nothing", () => {
    const ledger = new PointLedger();
    const m = member(5, 5);
    expect(ledger.spend(m, spending)).toBeUndefined();
    expect(m).toMatchObject({ bonusPoint: 5, chargePoint: 5 });
    expect(ledger.history("1234567890")).toEqual([]);
  });
});
