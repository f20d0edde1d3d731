/**
 * Conformance of issue 25's member-account and HomeTax document calls: the official `popbill`
 * SDK 1.64.2, unmodified, against the standalone sandbox over real sockets (see
 * popbill-sdk.test.ts): getAccessURL, getPopbillURL, getContactInfo, deleteContact
 * (BaseService; quitMember: see below) and HTTaxinvoiceService getTaxinvoice, getXML, getPopUpURL,
 * getPrintURL, getFlatRateState / getFlatRatePopUpURL without a contract.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PARTNER } from "../seeds.js";
import {
  CORP,
  type PopbillSdk,
  USER,
  call,
  failure,
  startSdkSandbox,
} from "./popbill-sdk.test-helpers.js";
import { type Standalone, eventually, kstToday } from "./standalone.test-helpers.js";

const RUN = Date.now().toString(36).toLowerCase();

let sandbox: Standalone;
let sdk: PopbillSdk;

beforeAll(async () => {
  ({ sandbox, sdk } = await startSdkSandbox());
}, 30_000);
afterAll(() => sandbox?.stop());

const control = (path: string, body: unknown) =>
  fetch(`${sandbox.popbillUrl}/__sandbox/hometax${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("member account (BaseService)", () => {
  it("getAccessURL and getPopbillURL open the member's pages", async () => {
    const cb = sdk.cashbill;
    const login = await call<string>(cb, "getAccessURL", CORP, USER);
    const page = await fetch(login);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("팝빌 로그인");
    const payment = await call<string>(cb, "getPopbillURL", CORP, USER, "PAYMENT");
    expect((await fetch(payment)).status).toBe(200);
    expect((await failure(call(cb, "getPopbillURL", CORP, USER, "NOPE"))).code).toBeLessThan(0);
  });

  it("getContactInfo and deleteContact of a joined member's contact", async () => {
    const cb = sdk.cashbill;
    const newCorp = `8${String(Date.now()).slice(-9)}`;
    const admin = `q${RUN}`.slice(0, 20);
    expect(
      await call(cb, "joinMember", {
        ID: admin,
        Password: "s3cret-Pass!",
        LinkID: DEMO_PARTNER.linkId,
        CorpNum: newCorp,
        CEOName: "정대표",
        CorpName: "떠날회사",
        Addr: "서울시 중구",
        BizType: "서비스",
        BizClass: "소프트웨어",
        ContactName: "정담당",
        ContactEmail: "contact@example.com",
        ContactTEL: "02-111-2222",
      }),
    ).toMatchObject({ code: 1 });
    const clerk = `c${RUN}`.slice(0, 20);
    const contact = {
      id: clerk,
      Password: "s3cret-Pass!",
      personName: "김직원",
      email: "clerk@example.com",
      searchRole: 1,
    };
    expect(await call(cb, "registContact", newCorp, admin, contact)).toMatchObject({ code: 1 });
    expect(await call(cb, "getContactInfo", newCorp, clerk, admin)).toMatchObject({ id: clerk });
    expect(await call(cb, "deleteContact", newCorp, clerk, admin)).toMatchObject({ code: 1 });
    expect((await failure(call(cb, "getContactInfo", newCorp, clerk, admin))).code).toBe(-10000008);
    expect((await failure(call(cb, "deleteContact", newCorp, admin, admin))).code).toBe(-10001004);
    // quitMember is not called through the SDK: on `code: 1` its success handler reads
    // `this._config.IsTest` with `this` not bound to the service (popbill@1.64.2
    // BaseService.js:826) and throws a TypeError before calling back. The gateway's e2e test
    // (apps/gateway/test/member-account.e2e.test.ts) and the sandbox's route test cover it.
  });
});

describe("HTTaxinvoiceService documents and flat rate", () => {
  it("getTaxinvoice, getXML, getPopUpURL, getPrintURL of a crawled invoice", async () => {
    const ht = sdk.htTaxinvoice;
    await control("/timing", { pendingMs: 0, processingMs: 0 });
    expect(
      await call(ht, "registDeptUser", CORP, "demo-dept", "demo-pass-1!", "", USER),
    ).toMatchObject({ code: 1 });
    const jobId = await call<string>(
      ht,
      "requestJob",
      CORP,
      "BUY",
      "W",
      kstToday(-20),
      kstToday(-2),
      USER,
    );
    await eventually(
      async () =>
        String((await call(ht, "getJobState", CORP, jobId, USER)).jobState) === "3"
          ? true
          : undefined,
      15_000,
      "jobState 3",
    );
    const page = await call(
      ht,
      "search",
      CORP,
      jobId,
      "N",
      ["T", "N", "Z"],
      ["R", "C", "N"],
      "",
      "",
      "",
      1,
      5,
      "D",
      USER,
      "",
    );
    const row = page.list[0];
    const n = row.ntsconfirmNum as string;
    expect(await call(ht, "getTaxinvoice", CORP, n, USER)).toMatchObject({
      ntsconfirmNum: n,
      totalAmount: row.totalAmount,
      invoiceeCorpNum: CORP,
    });
    const xml = await call(ht, "getXML", CORP, n, USER);
    expect(xml).toMatchObject({ ResultCode: 1, retObject: expect.stringContaining(n) });
    for (const method of ["getPopUpURL", "getPrintURL"]) {
      const url = await call<string>(ht, method, CORP, n, USER);
      const html = await (await fetch(url)).text();
      expect(html).toContain(n);
    }
    expect((await failure(call(ht, "getTaxinvoice", CORP, `${n.slice(0, 22)}99`, USER))).code).toBe(
      -11100020,
    );
  });

  it("getFlatRateState without a contract, then the getFlatRatePopUpURL page subscribes", async () => {
    const ht = sdk.htCashbill;
    expect(
      (await control("/flat-rate", { corpNum: CORP, service: "Cashbill", subscribed: false }))
        .status,
    ).toBe(200);
    expect((await failure(call(ht, "getFlatRateState", CORP, USER))).code).toBe(-11100030);
    const url = await call<string>(ht, "getFlatRatePopUpURL", CORP, USER);
    expect((await fetch(url, { method: "POST" })).status).toBe(200);
    expect(await call(ht, "getFlatRateState", CORP, USER)).toMatchObject({ state: 1 });
  });
});
