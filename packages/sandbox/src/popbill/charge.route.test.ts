import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

describe("unit cost and charge info", () => {
  const start = usePopbill();

  it("answers GET /Cashbill?cfg=UNITCOST with the unit cost as a string", async () => {
    const { call } = await start();
    expect(await call("GET", "/Cashbill?cfg=UNITCOST")).toMatchObject({
      status: 200,
      body: { unitCost: "11" },
    });
  });

  it("answers GET /Cashbill/ChargeInfo with three strings", async () => {
    const { call } = await start({ settings: { cashbillUnitCost: 20 } });
    expect((await call("GET", "/Cashbill/ChargeInfo")).body).toEqual({
      unitCost: "20",
      chargeMethod: expect.any(String),
      rateSystem: expect.any(String),
    });
  });

  it("refuses other GET /Cashbill queries with -10000001", async () => {
    const { call } = await start();
    expect(await call("GET", "/Cashbill?TG=BOX")).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });
});

describe("GET /Member?TG=", () => {
  const start = usePopbill();

  it("answers a member page URL for CHRG, PAYMENT and USEHISTORY valid 30 s of sandbox time", async () => {
    const { call, sandbox, popbillUrl } = await start();
    for (const tg of ["CHRG", "PAYMENT", "USEHISTORY"]) {
      const { status, body } = await call("GET", `/Member?TG=${tg}`);
      expect(status).toBe(200);
      expect(body.url.startsWith(`${popbillUrl}/__pages/`)).toBe(true);
      const page = await fetch(body.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<b id="remain-point">100000</b>');
    }
    const { body } = await call("GET", "/Member?TG=CHRG");
    sandbox.clock.advance(30_001);
    expect((await fetch(body.url)).status).toBe(403);
  });

  it("works with any service's token, refuses scope member alone and other TG values", async () => {
    const { call, authUrl } = await start();
    const token = await memberToken(authUrl, { scopes: ["member", "141"] });
    expect((await call("GET", "/Member?TG=PAYMENT", { token })).status).toBe(200);
    const memberOnly = await memberToken(authUrl, { scopes: ["member"] });
    expect(await call("GET", "/Member?TG=PAYMENT", { token: memberOnly })).toMatchObject({
      status: 403,
      body: { code: -10000033 },
    });
    expect(await call("GET", "/Member?TG=LOGOUT")).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });
});
