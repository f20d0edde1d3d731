import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { NOW, vectorInputs } from "../testing/vectors.js";
import { CashbillDateType } from "../enums.js";
import type { CashbillFields, CashbillSearchFields, RevokeCashbillFields } from "../map/inputs.js";
import { validateBulk } from "./bulk.js";
import { validateCashbill } from "./cashbill.js";
import { validateRevoke } from "./revoke.js";
import { validateSearch } from "./search.js";

const ctx = { now: NOW };

function paths(run: () => void): string[] {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("BAD_USER_INPUT");
    return (error as InputError).problems.map((p) => p.path);
  }
}

const receipt = (patch: Record<string, unknown>) =>
  ({ ...vectorInputs()[0]!, ...patch }) as CashbillFields;

describe("control characters in any text field of a receipt", () => {
  it.each([
    ["customerName", "홍길동\u0000"],
    ["itemName", "상품\u001b[2J"],
    ["email", "a\u0000@b.co"],
    ["orderNumber", "A-1\n"],
    ["franchiseCorpName", "가맹점\u202E"],
    ["franchiseAddr", "서울\u2066"],
    ["emailSubject", "제목\uD800"],
    ["memo", "메모\u0007"],
    ["customerName", "tab\there"],
  ])("refuses %s %j, naming the field", (field, value) => {
    expect(paths(() => validateCashbill(receipt({ [field]: value }), "input", ctx))).toContain(
      `input.${field}`,
    );
  });

  it("allows a line feed in the memo only", () => {
    expect(paths(() => validateCashbill(receipt({ memo: "줄 1\n줄 2" }), "input", ctx))).toEqual(
      [],
    );
    expect(
      paths(() => validateCashbill(receipt({ customerName: "줄 1\n줄 2" }), "input", ctx)),
    ).toEqual(["input.customerName"]);
  });

  it("names the receipt of a bulk", () => {
    const cashbills = vectorInputs();
    cashbills[1] = { ...cashbills[1]!, itemName: "x\u0085" };
    expect(paths(() => validateBulk("S-1", cashbills, ctx))).toEqual(["cashbills.1.itemName"]);
  });
});

describe("control characters in revoke and search inputs", () => {
  it("refuses a revoke memo with ESC", () => {
    const input: RevokeCashbillFields = {
      mgtKey: "MK-3",
      orgConfirmNum: "TB0000178",
      orgTradeDate: "2026-11-22",
      memo: "취소\u001b",
    };
    expect(paths(() => validateRevoke(input, "input", ctx))).toEqual(["input.memo"]);
  });

  it("refuses a search identityNum with NUL", () => {
    const input = {
      dateType: CashbillDateType.TRADE,
      from: "2026-11-01",
      to: "2026-11-20",
      identityNum: "0101234\u0000",
    } as CashbillSearchFields;
    expect(paths(() => validateSearch(input, "filter"))).toContain("filter.identityNum");
  });
});
