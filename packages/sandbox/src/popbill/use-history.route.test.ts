import { describe, expect, it } from "vitest";
import { NOW_DT, TODAY } from "../points/points.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

const RANGE = `SDate=${TODAY}&EDate=${TODAY}`;

describe("GET /UseHistory", () => {
  const start = usePopbill();

  it("lists each cash receipt's spending newest first by default", async () => {
    const { call, issue } = await start();
    for (const mgtKey of ["U-1", "U-2", "U-3"]) await issue({ mgtKey });
    const { status, body } = await call("GET", `/UseHistory?${RANGE}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 1, total: 3, perPage: 500, pageNum: 1, pageCount: 1 });
    expect(body.list[0]).toEqual({
      itemCode: 140,
      txType: 2,
      txPoint: "11",
      balance: "99967",
      txDT: NOW_DT,
      userID: "testkorea",
      userName: "김데모",
    });
    expect(body.list.map((e: { balance: string }) => e.balance)).toEqual([
      "99967",
      "99978",
      "99989",
    ]);
  });

  it("orders oldest first with Order=A and pages with Page/PerPage", async () => {
    const { call, issue } = await start();
    for (const mgtKey of ["U-1", "U-2", "U-3"]) await issue({ mgtKey });
    const { body } = await call("GET", `/UseHistory?${RANGE}&Page=2&PerPage=2&Order=A`);
    expect(body).toMatchObject({ total: 3, perPage: 2, pageNum: 2, pageCount: 2 });
    expect(body.list.map((e: { balance: string }) => e.balance)).toEqual(["99967"]);
  });

  it("keeps to the date range (KST days of txDT)", async () => {
    const { call, issue, sandbox } = await start({ settings: { tokenLifetimeMs: 2 * 86_400_000 } });
    await issue({ mgtKey: "TODAY" });
    sandbox.clock.advance(86_400_000);
    await issue({ mgtKey: "TOMORROW", tradeDT: "20261124100203" });
    expect((await call("GET", `/UseHistory?${RANGE}`)).body.total).toBe(1);
    expect(
      (await call("GET", "/UseHistory?SDate=20261124&EDate=20261124")).body.list[0],
    ).toMatchObject({ txDT: "20261124100203", balance: "99978" });
    expect((await call("GET", "/UseHistory?SDate=20261101&EDate=20261130")).body.total).toBe(2);
  });

  it("matches parameter names case-insensitively", async () => {
    const { call, issue } = await start();
    await issue();
    expect(
      (await call("GET", `/UseHistory?sdate=${TODAY}&edate=${TODAY}&order=A`)).body.total,
    ).toBe(1);
  });

  it("refuses bad dates, paging and Order with -10000001", async () => {
    const { call } = await start();
    for (const query of [
      "SDate=202611&EDate=20261130",
      "SDate=20260230&EDate=20260301",
      "SDate=20261101",
      `${RANGE}&PerPage=0`,
      `${RANGE}&PerPage=1001`,
      `${RANGE}&Order=X`,
    ]) {
      expect(await call("GET", `/UseHistory?${query}`)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    }
  });

  it("writes the spending user of x-pb-userid", async () => {
    const { call, issue, sandbox } = await start();
    sandbox.state.member("1234567890")!.users.push({ userId: "clerk01", userName: "박직원" });
    await issue({}, { headers: { "x-pb-userid": "clerk01" } });
    expect((await call("GET", `/UseHistory?${RANGE}`)).body.list[0]).toMatchObject({
      userID: "clerk01",
      userName: "박직원",
    });
  });
});
