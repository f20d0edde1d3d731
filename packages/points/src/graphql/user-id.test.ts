import { describe, expect, it } from "vitest";
import { CORP_NUM } from "../testing/fake-popbill.js";
import { firstCode, run } from "../testing/schema.js";

/** The `x-pb-userid` each recorded upstream call carried. */
const userIds = (calls: { request: unknown }[]) =>
  calls.map((c) => (c.request as { userId?: string }).userId);

describe("userId: a partner key names the POPBiLL user per call", () => {
  it("sends the named user on points fields, member reads and mutations", async () => {
    const points = await run(
      "partner",
      `{ points(corpNum: "${CORP_NUM}", userId: "other01") { paymentUrl { url } refundableBalance } }`,
      [{ url: "https://p/pay" }, { refundableBalance: 10 }],
    );
    expect(points.result.errors).toBeUndefined();
    expect(userIds(points.calls)).toEqual(["other01", "other01"]);

    const contacts = await run(
      "partner",
      `{ memberContacts(corpNum: "${CORP_NUM}", userId: "other01") { id } }`,
      [[]],
    );
    expect(contacts.result.errors).toBeUndefined();
    expect(userIds(contacts.calls)).toEqual(["other01"]);

    const paid = await run(
      "partner",
      `mutation { requestPointsPayment(corpNum: "${CORP_NUM}", userId: "other01", input: { settlerName: "홍담당", settlerEmail: "a@example.com", notifyPhone: "010-1234-5678", depositorName: "데모상사", settleCost: 11000 }) { settleCode } }`,
      [{ code: 1, settleCode: "S-1" }],
    );
    expect(paid.result.errors).toBeUndefined();
    expect(userIds(paid.calls)).toEqual(["other01"]);
  });

  it("keeps the key's own user when no userId is given", async () => {
    const { result, calls } = await run("member", "{ points { paymentUrl { url } } }", [
      { url: "https://p/pay" },
    ]);
    expect(result.errors).toBeUndefined();
    expect(userIds(calls)).toEqual(["testkorea"]);
  });

  it("refuses a userId from a member key (FORBIDDEN) and a malformed one, sending nothing", async () => {
    const member = await run("member", '{ points(userId: "other01") { paymentUrl { url } } }');
    expect(firstCode(member.result)).toBe("FORBIDDEN");
    expect(member.calls).toEqual([]);
    const bad = await run(
      "partner",
      `{ points(corpNum: "${CORP_NUM}", userId: "a b") { paymentUrl { url } } }`,
    );
    expect(firstCode(bad.result)).toBe("BAD_USER_INPUT");
    expect(bad.calls).toEqual([]);
  });
});
