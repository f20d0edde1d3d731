/**
 * Conformance: the official `popbill` SDK 1.64.2, unmodified, against the standalone sandbox
 * (`dist/main.js`) over real sockets, for every POPBiLL operation korbill's gateway uses
 * (packages/cashbill, points and hometax clients) plus the legacy cancelIssue. Each call goes
 * through the SDK's own token handling, request building and reply parsing.
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

const RUN = Date.now().toString(36).toUpperCase();

let sandbox: Standalone;
let sdk: PopbillSdk;

beforeAll(async () => {
  ({ sandbox, sdk } = await startSdkSandbox({
    SANDBOX_FAST_FILING_MS: "1500", // filed 1.5 s after issue: time to cancel before it
    SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS: "100",
    SANDBOX_BULK_PROCESSING_MS: "100",
    SANDBOX_DEPOSIT_CONFIRM_MS: "off",
  }));
}, 30_000);
afterAll(() => sandbox?.stop());

const cashbill = (mgtKey: string, overrides: Record<string, unknown> = {}) => ({
  mgtKey,
  tradeType: "승인거래",
  tradeUsage: "소득공제용",
  tradeOpt: "일반",
  taxationType: "과세",
  supplyCost: "10000",
  tax: "1000",
  serviceFee: "0",
  totalAmount: "11000",
  franchiseCorpNum: CORP,
  franchiseCorpName: "데모상사",
  identityNum: "01012341234",
  customerName: "홍길동",
  itemName: "상품A",
  smssendYN: false,
  ...overrides,
});

describe("CashbillService", () => {
  it("registIssue, getInfo, getInfos, getDetailInfo, search", async () => {
    const cb = sdk.cashbill;
    const issued = await call(cb, "registIssue", CORP, cashbill(`${RUN}-A`), "메모", USER, "");
    expect(issued).toMatchObject({ code: 1, confirmNum: expect.stringMatching(/^.{9}$/) });
    expect(issued.tradeDate).toBe(kstToday());
    await call(cb, "registIssue", CORP, cashbill(`${RUN}-B`), "", USER, "");
    expect(await call(cb, "getInfo", CORP, `${RUN}-A`, USER)).toMatchObject({
      mgtKey: `${RUN}-A`,
      confirmNum: issued.confirmNum,
      stateCode: 300,
      stateMemo: "메모",
    });
    const infos = await call<{ mgtKey: string }[]>(
      cb,
      "getInfos",
      CORP,
      [`${RUN}-A`, `${RUN}-B`],
      USER,
    );
    expect(infos.map((i) => i.mgtKey)).toEqual([`${RUN}-A`, `${RUN}-B`]);
    expect(await call(cb, "getDetailInfo", CORP, `${RUN}-B`, USER)).toMatchObject({
      mgtKey: `${RUN}-B`,
      totalAmount: "11000",
      identityNum: "01012341234",
    });
    const found = await call(
      cb,
      "search",
      CORP,
      "T",
      kstToday(-1),
      kstToday(),
      ["3**"],
      ["N", "C"],
      ["P", "C"],
      ["N"],
      ["T", "N"],
      "",
      "D",
      1,
      500,
      "",
      USER,
    );
    expect(found.total).toBeGreaterThanOrEqual(2);
    expect(found.list.map((i: { mgtKey: string }) => i.mgtKey)).toContain(`${RUN}-A`);
  });

  it("getInfo of an unknown MgtKey answers -14000003 through the error callback", async () => {
    expect((await failure(call(sdk.cashbill, "getInfo", CORP, `${RUN}-NONE`, USER))).code).toBe(
      -14000003,
    );
  });

  it("bulkSubmit, then getBulkResult until txState 2 with every issueResult", async () => {
    const cb = sdk.cashbill;
    const submitId = `${RUN}-BULK`;
    const list = [
      cashbill(`${RUN}-K1`),
      cashbill(`${RUN}-K2`, { tradeUsage: "지출증빙용", identityNum: CORP }),
    ];
    const accepted = await call(cb, "bulkSubmit", CORP, submitId, list, USER);
    expect(accepted).toMatchObject({ code: 1, receiptID: expect.any(String) });
    const done = await eventually(
      async () => {
        const state = await call(cb, "getBulkResult", CORP, submitId, USER);
        return state.txState === 2 ? state : undefined;
      },
      15_000,
      "bulk txState 2",
    );
    expect(done).toMatchObject({ submitID: submitId, successCount: 2, failCount: 0 });
    expect(done.issueResult.map((r: { code: number }) => r.code)).toEqual([1, 1]);
    expect((await failure(call(cb, "bulkSubmit", CORP, submitId, list, USER))).code).toBeLessThan(
      0,
    );
  });

  it("revokeRegistIssue, full and partial, of a receipt filed to NTS", async () => {
    const cb = sdk.cashbill;
    const original = await call(cb, "registIssue", CORP, cashbill(`${RUN}-O`), "", USER, "");
    await eventually(
      async () =>
        (await call(cb, "getInfo", CORP, `${RUN}-O`, USER)).stateCode === 304 ? true : undefined,
      15_000,
      "NTS filing",
    );
    const part = await call(
      cb,
      "revokeRegistIssue",
      CORP,
      `${RUN}-P`,
      original.confirmNum,
      original.tradeDate,
      false,
      "부분취소",
      USER,
      true,
      1,
      "1000",
      "100",
      "0",
      "1100",
      "",
      "",
    );
    expect(part).toMatchObject({ code: 1, confirmNum: expect.stringMatching(/^.{9}$/) });
    const rest = await call(
      cb,
      "revokeRegistIssue",
      CORP,
      `${RUN}-R`,
      original.confirmNum,
      original.tradeDate,
      false,
      "",
      USER,
      false,
      null,
      "",
      "",
      "",
      "",
      "",
      "",
    );
    expect(rest.code).toBe(1);
    expect(await call(cb, "getInfo", CORP, `${RUN}-R`, USER)).toMatchObject({
      tradeType: "취소거래",
      orgConfirmNum: original.confirmNum,
      totalAmount: "9900",
    });
  });

  it("cancelIssue (legacy CANCELISSUE) of a receipt not yet filed", async () => {
    const cb = sdk.cashbill;
    await call(cb, "registIssue", CORP, cashbill(`${RUN}-C`), "", USER, "");
    expect(await call(cb, "cancelIssue", CORP, `${RUN}-C`, "발행취소", USER)).toMatchObject({
      code: 1,
    });
    expect(await call(cb, "getInfo", CORP, `${RUN}-C`, USER)).toMatchObject({
      stateCode: 400,
      stateMemo: "발행취소",
    });
    const again = await failure(call(cb, "cancelIssue", CORP, `${RUN}-C`, "", USER));
    expect(again.code).toBe(-14001025);
  });

  it("after issuance: URLs, getPDF, resends, getLogs, e-mail config, checkMgtKeyInUse", async () => {
    const cb = sdk.cashbill;
    const key = `${RUN}-AF`;
    await call(cb, "registIssue", CORP, cashbill(key), "", USER, "");
    for (const method of ["getViewURL", "getPopUpURL", "getPrintURL", "getMailURL", "getPDFURL"]) {
      const url = (await call(cb, method, CORP, key, USER)) as string;
      expect(url, method).toMatch(/^http:\/\/.+\/__pages\/[0-9a-f]{32}$/);
    }
    const page = await fetch((await call(cb, "getViewURL", CORP, key, USER)) as string);
    expect(await page.text()).toContain("11,000원");
    const mass = await call(cb, "getMassPrintURL", CORP, [key, `${RUN}-A`], USER);
    expect(mass).toMatch(/__pages/);
    const pdf = (await call(cb, "getPDF", CORP, key, USER)) as Buffer;
    expect(Buffer.isBuffer(pdf) && pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await call(cb, "sendEmail", CORP, key, "buyer@example.com", USER)).toMatchObject({
      code: 1,
    });
    expect(
      await call(cb, "sendSMS", CORP, key, "0212345678", "01011112222", "재전송", USER),
    ).toMatchObject({ code: 1 });
    expect(await call(cb, "sendFAX", CORP, key, "0212345678", "0298765432", USER)).toMatchObject({
      code: 1,
    });
    const logs = (await call(cb, "getLogs", CORP, key, USER)) as { procType: string }[];
    expect(logs.map((l) => l.procType)).toEqual(["발행", "이메일 전송", "문자 전송", "팩스 전송"]);
    expect(await call(cb, "updateEmailConfig", CORP, "CSH_ISSUE", false, USER)).toMatchObject({
      code: 1,
    });
    expect(await call(cb, "listEmailConfig", CORP, USER)).toEqual([
      { emailType: "CSH_ISSUE", sendYN: false },
    ]);
    expect(await call(cb, "checkMgtKeyInUse", CORP, key, USER)).toBe(true);
    const info = (await call(cb, "getInfo", CORP, key, USER)) as { itemKey: string };
    expect(
      await failure(call(cb, "assignMgtKey", CORP, info.itemKey, `${RUN}-NEW`, USER)),
    ).toMatchObject({ code: -14000017 });
  });

  it("getUnitCost and getChargeInfo", async () => {
    expect(Number(await call(sdk.cashbill, "getUnitCost", CORP))).toBeGreaterThan(0);
    expect(await call(sdk.cashbill, "getChargeInfo", CORP, USER)).toEqual({
      unitCost: expect.any(String),
      chargeMethod: expect.any(String),
      rateSystem: expect.any(String),
    });
  });
});

describe("points (BaseService, on the CashbillService object)", () => {
  it("balances and the partner's, member and partner page URLs", async () => {
    const cb = sdk.cashbill;
    expect(await call(cb, "getBalance", CORP)).toEqual(expect.any(Number));
    expect(await call(cb, "getPartnerBalance", CORP)).toEqual(expect.any(Number));
    expect(await call(cb, "getRefundableBalance", CORP, USER)).toEqual({
      refundableBalance: expect.any(Number),
    });
    const urls = [
      await call<string>(cb, "getPartnerURL", CORP, "CHRG"),
      await call<string>(cb, "getChargeURL", CORP, USER),
      await call<string>(cb, "getPaymentURL", CORP, USER),
      await call<string>(cb, "getUseHistoryURL", CORP, USER),
    ];
    for (const url of urls) expect((await fetch(url)).status).toBe(200);
  });

  it("paymentRequest, getSettleResult, getPaymentHistory, getUseHistory", async () => {
    const cb = sdk.cashbill;
    const form = {
      settlerName: "홍담당",
      settlerEmail: "settler@example.com",
      notifyHP: "01012345678",
      paymentName: "데모상사",
      settleCost: "10000",
    };
    const paid = await call(cb, "paymentRequest", CORP, form, USER);
    expect(paid).toMatchObject({ code: 1, settleCode: expect.any(String) });
    expect(await call(cb, "getSettleResult", CORP, paid.settleCode, USER)).toMatchObject({
      settleCost: "10000",
    });
    const payments = await call(
      cb,
      "getPaymentHistory",
      CORP,
      kstToday(-1),
      kstToday(),
      1,
      500,
      USER,
    );
    expect(payments.list.length).toBeGreaterThanOrEqual(1);
    const uses = await call(cb, "getUseHistory", CORP, kstToday(-1), kstToday(), 1, 500, "D", USER);
    expect(uses).toMatchObject({ code: 1, list: expect.any(Array) });
  });

  it("refund, getRefundHistory, getRefundInfo", async () => {
    const cb = sdk.cashbill;
    const form = {
      contactName: "홍담당",
      tel: "01012345678",
      requestPoint: "1000",
      accountBank: "국민",
      accountNum: "123456789012",
      accountName: "데모상사",
      reason: "conformance",
    };
    const refunded = await call(cb, "refund", CORP, form, USER);
    expect(refunded).toMatchObject({ code: 1, refundCode: expect.any(String) });
    const history = await call(cb, "getRefundHistory", CORP, 1, 500, USER);
    expect(history.list.length).toBeGreaterThanOrEqual(1);
    expect(await call(cb, "getRefundInfo", CORP, refunded.refundCode, USER)).toMatchObject({
      requestPoint: "1000",
    });
  });
});

describe("members (BaseService)", () => {
  it("checkIsMember, checkID, joinMember", async () => {
    const cb = sdk.cashbill;
    expect(await call(cb, "checkIsMember", CORP)).toMatchObject({ code: 1 });
    const newCorp = `9${String(Date.now()).slice(-9)}`;
    const id = `conf${RUN.toLowerCase()}`.slice(0, 20);
    expect(await call(cb, "checkID", id)).toMatchObject({ code: 0 });
    const joined = await call(cb, "joinMember", {
      ID: id,
      Password: "s3cret-Pass!",
      LinkID: DEMO_PARTNER.linkId,
      CorpNum: newCorp,
      CEOName: "정대표",
      CorpName: "새회사",
      Addr: "서울시 중구",
      BizType: "서비스",
      BizClass: "소프트웨어",
      ContactName: "정담당",
      ContactEmail: "contact@example.com",
      ContactTEL: "02-111-2222",
    });
    expect(joined).toMatchObject({ code: 1 });
    expect(await call(cb, "checkIsMember", newCorp)).toMatchObject({ code: 1 });
  });

  it("getCorpInfo, updateCorpInfo, listContact, registContact, updateContact, getContactInfo", async () => {
    const cb = sdk.cashbill;
    const corp = await call(cb, "getCorpInfo", CORP, USER);
    expect(corp).toMatchObject({ corpName: expect.any(String), ceoname: expect.any(String) });
    expect(
      await call(cb, "updateCorpInfo", CORP, USER, { ...corp, bizClass: "소프트웨어" }),
    ).toMatchObject({ code: 1 });
    expect(await call(cb, "listContact", CORP, USER)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: USER })]),
    );
    const id = `ct${RUN.toLowerCase()}`.slice(0, 20);
    const contact = {
      id,
      Password: "s3cret-Pass!",
      personName: "김담당",
      tel: "02-123-4567",
      email: "contact@example.com",
      searchRole: 3,
    };
    expect(await call(cb, "registContact", CORP, USER, contact)).toMatchObject({ code: 1 });
    expect(
      await call(cb, "updateContact", CORP, id, {
        id,
        personName: "김수정",
        tel: "02-123-4567",
        email: "contact@example.com",
        searchRole: 3,
      }),
    ).toMatchObject({ code: 1 });
    expect(await call(cb, "getContactInfo", CORP, id, USER)).toMatchObject({
      id,
      personName: "김수정",
    });
  });
});

describe("AccountCheckService", () => {
  it("getUnitCost, getChargeInfo, checkAccountInfo, checkDepositorInfo", async () => {
    const ac = sdk.accountCheck;
    expect(Number(await call(ac, "getUnitCost", CORP, "성명", USER))).toBeGreaterThan(0);
    expect(await call(ac, "getChargeInfo", CORP, "실명", USER)).toMatchObject({
      unitCost: expect.any(String),
    });
    expect(await call(ac, "checkAccountInfo", CORP, "0004", "1234567890123", USER)).toMatchObject({
      bankCode: "0004",
      accountNumber: "1234567890123",
      result: expect.any(String),
    });
    expect(
      await call(ac, "checkDepositorInfo", CORP, "0004", "1234567890123", "P", "900101", USER),
    ).toMatchObject({ bankCode: "0004", result: expect.any(String) });
  });
});

describe.each(["htCashbill", "htTaxinvoice"] as const)("%s (HomeTax crawl)", (name) => {
  it("department user, certificate popup, contract, charge info, a crawl job and its results", async () => {
    const ht = sdk[name];
    expect(await call(ht, "getChargeInfo", CORP, USER)).toMatchObject({
      unitCost: expect.any(String),
    });
    expect(await call<string>(ht, "getFlatRatePopUpURL", CORP, USER)).toMatch(/^http:\/\//);
    expect(await call(ht, "getFlatRateState", CORP, USER)).toMatchObject({
      state: expect.anything(),
    });
    expect(
      await call(ht, "registDeptUser", CORP, "demo-dept", "demo-pass-1!", "", USER),
    ).toMatchObject({ code: 1 });
    expect(await call(ht, "checkDeptUser", CORP, USER)).toMatchObject({ code: 1 });
    expect(await call(ht, "checkLoginDeptUser", CORP)).toMatchObject({ code: 1 });
    const certUrl = await call<string>(ht, "getCertificatePopUpURL", CORP, USER);
    expect((await fetch(certUrl, { method: "POST" })).status).toBe(200);
    expect(await call(ht, "getCertificateExpireDate", CORP)).toMatch(/^\d{14}$/);
    expect(await call(ht, "checkCertValidation", CORP)).toMatchObject({ code: 1 });

    const timing = await fetch(`${sandbox.popbillUrl}/__sandbox/hometax/timing`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pendingMs: 0, processingMs: 200 }),
    });
    expect(timing.status).toBe(200);
    const jobId =
      name === "htCashbill"
        ? await call<string>(ht, "requestJob", CORP, "SELL", kstToday(-20), kstToday(-1), USER)
        : await call<string>(
            ht,
            "requestJob",
            CORP,
            "SELL",
            "W",
            kstToday(-20),
            kstToday(-1),
            USER,
          );
    expect(jobId).toMatch(/^\d{18}$/);
    const state = await eventually(
      async () => {
        const s = await call(ht, "getJobState", CORP, jobId, USER);
        return String(s.jobState) === "3" ? s : undefined;
      },
      15_000,
      "jobState 3",
    );
    expect(state).toMatchObject({ jobID: jobId, errorCode: 1 });
    const active = await call<{ jobID: string }[]>(ht, "listActiveJob", CORP, USER);
    expect(active.map((j) => j.jobID)).toContain(jobId);
    const [page, summary] =
      name === "htCashbill"
        ? [
            await call(ht, "search", CORP, jobId, ["N", "C"], ["P", "C"], 1, 500, "D", USER),
            await call(ht, "summary", CORP, jobId, ["N", "C"], ["P", "C"], USER),
          ]
        : [
            await call(
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
              500,
              "D",
              USER,
              "",
            ),
            await call(
              ht,
              "summary",
              CORP,
              jobId,
              "N",
              ["T", "N", "Z"],
              ["R", "C", "N"],
              "",
              "",
              "",
              USER,
              "",
            ),
          ];
    expect(page.total).toBe(summary.count);
    expect(page.list.length).toBe(Math.min(500, summary.count));
    expect(await call(ht, "deleteDeptUser", CORP, USER)).toMatchObject({ code: 1 });
  });
});
