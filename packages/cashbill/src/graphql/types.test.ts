import "reflect-metadata";
import { graphql, printSchema } from "graphql";
import { Arg, Query, Resolver, buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { CORP_NUM, NOW, vectorInputs } from "../testing/vectors.js";
import { toCashbillView } from "../map/from-wire.js";
import { toWireCashbill, toWireRevoke } from "../map/to-wire.js";
import { validateBulk } from "../validate/bulk.js";
import { validateRevoke } from "../validate/revoke.js";
import { BulkSubmission } from "./bulk.type.js";
import { CashbillInput } from "./cashbill.input.js";
import { Cashbill, IssueResult } from "./cashbill.type.js";
import { ChargeInfo, UnitCost } from "./charge.type.js";
import { CashbillEvent } from "./event.type.js";
import { RevokeCashbillInput } from "./revoke.input.js";
import { CashbillSearchInput } from "./search.input.js";
import { CashbillSearchResult } from "./search.type.js";

/** Exercises every type of this package; the real resolvers are the lead's. */
@Resolver()
class ProbeResolver {
  @Query(() => [String])
  wire(@Arg("cashbills", () => [CashbillInput]) cashbills: CashbillInput[]): string[] {
    validateBulk("SUB-001", cashbills, { now: NOW });
    return cashbills.map((c) => JSON.stringify(toWireCashbill(c, CORP_NUM)));
  }

  @Query(() => String)
  revoke(@Arg("input", () => RevokeCashbillInput) input: RevokeCashbillInput): string {
    validateRevoke(input, "input", { now: NOW });
    return JSON.stringify(toWireRevoke(input));
  }

  @Query(() => Cashbill)
  cashbill(): Cashbill {
    return toCashbillView({ itemKey: "1", mgtKey: "MK-1", stateCode: 777, tradeType: "미정" });
  }

  @Query(() => CashbillSearchResult, { nullable: true })
  search(@Arg("filter", () => CashbillSearchInput) _filter: CashbillSearchInput): null {
    return null;
  }

  @Query(() => IssueResult, { nullable: true })
  issue(): null {
    return null;
  }

  @Query(() => BulkSubmission, { nullable: true })
  bulk(): null {
    return null;
  }

  @Query(() => CashbillEvent, { nullable: true })
  event(): null {
    return null;
  }

  @Query(() => UnitCost, { nullable: true })
  unitCost(): null {
    return null;
  }

  @Query(() => ChargeInfo, { nullable: true })
  chargeInfo(): null {
    return null;
  }
}

const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
const sdl = printSchema(schema);

describe("cash-receipt GraphQL types", () => {
  it("builds into a schema with English enums and Int amounts", () => {
    expect(sdl).toContain("enum CancelType {");
    expect(sdl).toMatch(/TRANSACTION_CANCELLED\s+"""The receipt was issued/);
    expect(sdl).toContain("supplyCost: Int!");
    expect(sdl).toContain("stateCode: Int");
    expect(sdl).toContain("unitCost: Float");
  });

  it("describes every type and field", () => {
    const undocumented = Object.values(schema.getTypeMap())
      .filter(
        (type) =>
          !type.name.startsWith("__") &&
          !["String", "Int", "Float", "Boolean", "Query"].includes(type.name),
      )
      .flatMap((type) => {
        const fields =
          "getFields" in type
            ? Object.values(type.getFields())
            : "getValues" in type
              ? type.getValues()
              : [];
        return [type, ...fields]
          .filter((item) => !item.description)
          .map((item) => `${type.name}.${item.name}`);
      });
    expect(undocumented).toEqual([]);
  });

  it("carries §5.2's receipts from GraphQL variables to the wire", async () => {
    const [first, second] = vectorInputs();
    const result = await graphql({
      schema,
      source: "query($c: [CashbillInput!]!) { wire(cashbills: $c) }",
      variableValues: { c: [{ ...first, tradeType: "APPROVAL" }, second] },
    });
    expect(result.errors).toBeUndefined();
    const wire = (result.data?.wire as string[]).map((s) => JSON.parse(s));
    expect(wire[0]).toMatchObject({
      tradeType: "승인거래",
      identityNum: "01012341234",
      smssendYN: false,
    });
    expect(wire[1]).toMatchObject({ taxationType: "비과세", serviceFee: "0" });
  });

  it("passes a numeric CancelType through to the wire", async () => {
    const result = await graphql({
      schema,
      source: `{ revoke(input: { mgtKey: "MK-3", orgConfirmNum: "TB0000178", orgTradeDate: "2026-11-22",
        partial: { supplyCost: 1000, tax: 100, serviceFee: 0, totalAmount: 1100, cancelType: ISSUED_IN_ERROR } }) }`,
    });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data?.revoke as string)).toMatchObject({
      isPartCancel: true,
      cancelType: 2,
    });
  });

  it("serves an unknown upstream state as UNKNOWN with the raw code", async () => {
    const result = await graphql({ schema, source: "{ cashbill { state stateCode tradeType } }" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.cashbill).toEqual({ state: "UNKNOWN", stateCode: 777, tradeType: null });
  });
});
