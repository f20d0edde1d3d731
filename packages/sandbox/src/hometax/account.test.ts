import { describe, expect, it } from "vitest";
import { CORP, useHometax } from "./hometax.test-helpers.js";

describe.each(["Cashbill", "Taxinvoice"])(
  "popups, contract and charge info of /HomeTax/%s",
  (svc) => {
    const start = useHometax();
    const base = `/HomeTax/${svc}`;

    it("answers ?TG=CERT and ?TG=CHRG with a page URL valid 30 s of sandbox time", async () => {
      const { call, url, clock } = await start();
      for (const tg of ["CERT", "CHRG"]) {
        const { status, body } = await call("GET", `${base}?TG=${tg}`);
        expect(status).toBe(200);
        expect(body.url.startsWith(`${url}/__pages/hometax/`)).toBe(true);
        const page = await fetch(body.url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(CORP);
      }
      const { body } = await call("GET", `${base}?TG=CERT`);
      clock.advance(30_001);
      expect((await fetch(body.url)).status).toBe(403);
    });

    it("registers a demo certificate when the CERT page is submitted", async () => {
      const { call } = await start();
      const { body } = await call("GET", `${base}?TG=CERT`);
      const page = await fetch(body.url, { method: "POST" });
      expect(await page.text()).toContain("인증서가 등록되었습니다.");
      expect(await call("GET", `${base}/CertInfo`)).toMatchObject({
        status: 200,
        body: { certificateExpiration: "20271123100203" },
      });
      expect(await call("GET", `${base}/CertCheck`)).toMatchObject({ body: { code: 1 } });
    });

    it("refuses another TG with -10000001", async () => {
      const { call } = await start();
      expect(await call("GET", `${base}?TG=BOX`)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    });

    it("answers the flat-rate contract (FlatRateState)", async () => {
      const { call } = await start();
      expect((await call("GET", `${base}/Contract`)).body).toEqual({
        referenceID: CORP,
        contractDT: "20261101000000",
        baseDate: 1,
        useEndDate: "20261130",
        state: 1,
        closeRequestYN: false,
        useRestrictYN: false,
        closeOnExpired: false,
        unPaidYN: false,
      });
    });

    it("answers ChargeInfo with three strings", async () => {
      const { call } = await start();
      expect((await call("GET", `${base}/ChargeInfo`)).body).toEqual({
        unitCost: expect.any(String),
        chargeMethod: expect.any(String),
        rateSystem: expect.any(String),
      });
    });
  },
);
