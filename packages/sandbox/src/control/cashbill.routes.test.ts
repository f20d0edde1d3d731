import { describe, expect, it } from "vitest";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";

async function getJson(url: string): Promise<any> {
  return (await fetch(url)).json();
}

describe("cash-receipt control API", () => {
  const start = usePopbill();

  it("counts issuances per mgtKey for a member", async () => {
    const { issue, bulk, authUrl, sandbox } = await start();
    await issue({ mgtKey: "MK-1" });
    await issue({ mgtKey: "MK-1" });
    await bulk("S", [receipt({ mgtKey: "B-1" })]);
    sandbox.clock.advance(3_000);
    expect(await getJson(`${authUrl}/__sandbox/cashbill/issuances?corpNum=1234567890`)).toEqual({
      corpNum: "1234567890",
      total: 2,
      issuances: [
        { mgtKey: "MK-1", count: 1 },
        { mgtKey: "B-1", count: 1 },
      ],
      duplicates: [],
    });
    expect(
      await getJson(`${authUrl}/__sandbox/cashbill/issuances?corpNum=1234567890&mgtKey=NOPE`),
    ).toEqual({
      corpNum: "1234567890",
      mgtKey: "NOPE",
      count: 0,
    });
    expect((await fetch(`${authUrl}/__sandbox/cashbill/issuances`)).status).toBe(400);
  });

  it("serves the control API on the POPBiLL host too", async () => {
    const { issue, popbillUrl } = await start();
    await issue();
    const body = await getJson(`${popbillUrl}/__sandbox/cashbill/receipts/1234567890/MK-1`);
    expect(body).toMatchObject({ mgtKey: "MK-1", stateCode: 300 });
    expect((await fetch(`${popbillUrl}/__sandbox/cashbill/receipts/1234567890/NOPE`)).status).toBe(
      404,
    );
  });

  it("lists submissions and use history", async () => {
    const { bulk, issue, authUrl } = await start();
    await bulk("S-1", [receipt({ mgtKey: "B-1" })]);
    await issue();
    const submissions = await getJson(
      `${authUrl}/__sandbox/cashbill/submissions?corpNum=1234567890`,
    );
    expect(submissions.submissions).toMatchObject([
      { submitID: "S-1", txState: 0, submitCount: 1 },
    ]);
    const history = await getJson(`${authUrl}/__sandbox/members/1234567890/use-history`);
    expect(history.list).toMatchObject([{ itemCode: 140, txPoint: "11" }]);
  });

  it("runs due jobs when the clock is advanced through the control API", async () => {
    const { bulk, bulkState, authUrl } = await start();
    await bulk("S-1", [receipt({ mgtKey: "B-1" })]);
    expect((await getJson(`${authUrl}/__sandbox/scheduler`)).count).toBeGreaterThanOrEqual(2);
    await fetch(`${authUrl}/__sandbox/clock/advance`, {
      method: "POST",
      body: JSON.stringify({ ms: 3_000 }),
    });
    expect((await bulkState("S-1")).body.txState).toBe(2);
    expect(
      await (await fetch(`${authUrl}/__sandbox/scheduler/run`, { method: "POST" })).json(),
    ).toEqual({ ran: 0 });
  });
});
