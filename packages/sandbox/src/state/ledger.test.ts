import { describe, expect, it } from "vitest";
import { partnerLedgerKey, PointLedger, TX_TYPE } from "./ledger.js";
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

describe("PointLedger movements", () => {
  const user = { userId: "u", userName: "유저" };
  const at = "20261123100203";

  it("credits charged points and records txType 1 with itemCode 0", () => {
    const ledger = new PointLedger();
    const account = { chargePoint: 10, bonusPoint: 5 };
    expect(
      ledger.credit("k", account, { txType: TX_TYPE.charge, points: 100, user, txDT: at }),
    ).toEqual({
      itemCode: 0,
      txType: 1,
      txPoint: "100",
      balance: "115",
      txDT: at,
      userID: "u",
      userName: "유저",
    });
    expect(account).toEqual({ chargePoint: 110, bonusPoint: 5 });
  });

  it("debits charged points only and refuses more than them", () => {
    const ledger = new PointLedger();
    const account = { chargePoint: 10, bonusPoint: 50 };
    const refund = { txType: TX_TYPE.refund, user, txDT: at };
    expect(ledger.debitCharged("k", account, { ...refund, points: 11 })).toBeUndefined();
    expect(ledger.debitCharged("k", account, { ...refund, points: 10 })?.balance).toBe("50");
    expect(account).toEqual({ chargePoint: 0, bonusPoint: 50 });
    expect(ledger.history("k").map((e) => e.txType)).toEqual([3]);
  });

  it("keeps partner ledgers apart from member ledgers", () => {
    const ledger = new PointLedger();
    const partner = { chargePoint: 20, bonusPoint: 0 };
    ledger.spendFrom(partnerLedgerKey("TESTER"), partner, { ...spending, points: 11 });
    expect(ledger.history(partnerLedgerKey("TESTER"))).toHaveLength(1);
    expect(ledger.history("TESTER")).toEqual([]);
  });
});
