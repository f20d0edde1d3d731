import { InputError } from "@korbill/core-domain";
import { UpstreamBusinessError } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { HOMETAX_SCOPES, createHometaxClient } from "./client.js";
import { HometaxService } from "../enums.js";
import { fakePopbill, popbillRefusal, scripted } from "../testing/fake-popbill.js";

const CORP = "1234567890";
const JOB = "025102210000000001";

function shapeOf(request: { method: string; path: string; override?: string; body?: unknown }) {
  return {
    method: request.method,
    path: request.path,
    override: request.override,
    body: request.body,
  };
}

describe.each([
  { service: HometaxService.CASHBILL, svc: "Cashbill", scope: "141" },
  { service: HometaxService.TAXINVOICE, svc: "Taxinvoice", scope: "111" },
])("shared calls of $svc", ({ service, svc, scope }) => {
  const base = `/HomeTax/${svc}`;
  const cases: [string, (c: ReturnType<typeof createHometaxClient>) => Promise<unknown>, object][] =
    [
      [
        "getCertificatePopUpURL",
        (c) => c.service(service).getCertificatePopUpURL(CORP, "u1"),
        { method: "GET", path: `${base}?TG=CERT` },
      ],
      [
        "getCertificateExpireDate",
        (c) => c.service(service).getCertificateExpireDate(CORP),
        { method: "GET", path: `${base}/CertInfo` },
      ],
      [
        "checkCertValidation",
        (c) => c.service(service).checkCertValidation(CORP),
        { method: "GET", path: `${base}/CertCheck` },
      ],
      [
        "checkDeptUser",
        (c) => c.service(service).checkDeptUser(CORP, "u1"),
        { method: "GET", path: `${base}/DeptUser` },
      ],
      [
        "checkLoginDeptUser",
        (c) => c.service(service).checkLoginDeptUser(CORP),
        { method: "GET", path: `${base}/DeptUser/Check` },
      ],
      [
        "deleteDeptUser",
        (c) => c.service(service).deleteDeptUser(CORP, "u1"),
        { method: "POST", path: `${base}/DeptUser`, override: "DELETE" },
      ],
      [
        "getJobState",
        (c) => c.service(service).getJobState(CORP, JOB, "u1"),
        { method: "GET", path: `${base}/${JOB}/State` },
      ],
      [
        "listActiveJob",
        (c) => c.service(service).listActiveJob(CORP, "u1"),
        { method: "GET", path: `${base}/JobList` },
      ],
      [
        "getFlatRatePopUpURL",
        (c) => c.service(service).getFlatRatePopUpURL(CORP, "u1"),
        { method: "GET", path: `${base}?TG=CHRG` },
      ],
      [
        "getFlatRateState",
        (c) => c.service(service).getFlatRateState(CORP, "u1"),
        { method: "GET", path: `${base}/Contract` },
      ],
      [
        "getChargeInfo",
        (c) => c.service(service).getChargeInfo(CORP, "u1"),
        { method: "GET", path: `${base}/ChargeInfo` },
      ],
    ];

  it.each(cases)("%s goes to the SDK's path with scope %s", async (_name, call, expected) => {
    const { popbill, requests } = fakePopbill(() => ({
      url: "https://x",
      certificateExpiration: "20271231235959",
      code: 1,
    }));
    await call(createHometaxClient({ popbill }));
    expect(requests).toHaveLength(1);
    expect(shapeOf(requests[0]!)).toEqual({ override: undefined, body: undefined, ...expected });
    expect(requests[0]!.scopes).toEqual(["member", scope]);
    expect(requests[0]!.corpNum).toBe(CORP);
  });

  it("sends no user id where the Node SDK sends none (CertInfo, CertCheck, DeptUser/Check)", async () => {
    const { popbill, requests } = fakePopbill(() => ({
      certificateExpiration: "20271231235959",
      code: 1,
    }));
    const calls = createHometaxClient({ popbill }).service(service);
    await calls.getCertificateExpireDate(CORP);
    await calls.checkCertValidation(CORP);
    await calls.checkLoginDeptUser(CORP);
    expect(requests.map((r) => r.userId)).toEqual([undefined, undefined, undefined]);
  });

  it("passes the user id where the SDK does", async () => {
    const { popbill, requests } = fakePopbill(() => ({ code: 1 }));
    await createHometaxClient({ popbill }).service(service).checkDeptUser(CORP, "testkorea");
    expect(requests[0]!.userId).toBe("testkorea");
  });

  it("registers a department user with body {id, pwd, secAuth}", async () => {
    const { popbill, requests } = fakePopbill(() => ({ code: 1, message: "ok" }));
    const calls = createHometaxClient({ popbill }).service(service);
    await calls.registDeptUser(CORP, { id: "dept01", pwd: "s3cret!", secAuth: "900101" });
    await calls.registDeptUser(CORP, { id: "dept01", pwd: "s3cret!" });
    expect(shapeOf(requests[0]!)).toEqual({
      method: "POST",
      path: `${base}/DeptUser`,
      override: undefined,
      body: { id: "dept01", pwd: "s3cret!", secAuth: "900101" },
    });
    // secAuth undefined: the transport's SDK serialisation drops it, so the wire body is {"id","pwd"}.
    expect(JSON.stringify(requests[1]!.body)).toBe('{"id":"dept01","pwd":"s3cret!"}');
  });

  it("unwraps popup URLs and the certificate expiry like the SDK", async () => {
    const { popbill } = fakePopbill((r) =>
      r.path.endsWith("CertInfo")
        ? { certificateExpiration: "20271231235959" }
        : { url: "https://popup" },
    );
    const calls = createHometaxClient({ popbill }).service(service);
    expect(await calls.getCertificatePopUpURL(CORP)).toBe("https://popup");
    expect(await calls.getCertificateExpireDate(CORP)).toBe("20271231235959");
  });
});

describe("requestJob", () => {
  it("posts cash-receipt jobs with SDate/EDate, no body, never retried", async () => {
    const { popbill, requests } = scripted({ jobID: JOB });
    const jobId = await createHometaxClient({ popbill }).cashbill.requestJob(
      CORP,
      "SELL",
      "20261001",
      "20261130",
    );
    expect(jobId).toBe(JOB);
    expect(requests[0]).toMatchObject({
      method: "POST",
      path: "/HomeTax/Cashbill/SELL?SDate=20261001&EDate=20261130",
      scopes: HOMETAX_SCOPES.CASHBILL,
      retry: "never",
    });
    expect(requests[0]!.body).toBeUndefined();
    expect(requests[0]!.override).toBeUndefined();
  });

  it("posts tax-invoice jobs with DType before the dates", async () => {
    const { popbill, requests } = scripted({ jobID: JOB });
    await createHometaxClient({ popbill }).taxinvoice.requestJob(
      CORP,
      "BUY",
      "W",
      "20261001",
      "20261130",
      "u1",
    );
    expect(requests[0]).toMatchObject({
      method: "POST",
      path: "/HomeTax/Taxinvoice/BUY?DType=W&SDate=20261001&EDate=20261130",
      scopes: ["member", "111"],
      userId: "u1",
    });
    expect(requests[0]!.body).toBeUndefined();
  });

  it("posts TRUSTEE tax-invoice jobs", async () => {
    const { popbill, requests } = scripted({ jobID: JOB });
    await createHometaxClient({ popbill }).taxinvoice.requestJob(
      CORP,
      "TRUSTEE",
      "S",
      "20260101",
      "20260131",
    );
    expect(requests[0]!.path).toBe(
      "/HomeTax/Taxinvoice/TRUSTEE?DType=S&SDate=20260101&EDate=20260131",
    );
  });

  it("refuses malformed dates and path words without a call", async () => {
    const { popbill, requests } = scripted();
    const c = createHometaxClient({ popbill });
    await expect(
      c.cashbill.requestJob(CORP, "SELL", "2026-10-01", "20261130"),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      c.cashbill.requestJob(CORP, "TRUSTEE" as "SELL", "20261001", "20261130"),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      c.taxinvoice.requestJob(CORP, "SELL", "X" as "W", "20261001", "20261130"),
    ).rejects.toBeInstanceOf(InputError);
    expect(requests).toHaveLength(0);
  });
});

describe("search and summary paths", () => {
  it("cash receipts: TradeType always present, then TradeUsage, Page, PerPage, Order", async () => {
    const { popbill, requests } = scripted();
    const c = createHometaxClient({ popbill }).cashbill;
    await c.search(CORP, JOB, {
      tradeType: ["N", "C"],
      tradeUsage: ["P", "C"],
      page: 2,
      perPage: 50,
      order: "A",
    });
    await c.search(CORP, JOB);
    await c.summary(CORP, JOB, { tradeUsage: ["C"] });
    await c.summary(CORP, JOB);
    expect(requests.map((r) => r.path)).toEqual([
      `/HomeTax/Cashbill/${JOB}?TradeType=N,C&TradeUsage=P,C&Page=2&PerPage=50&Order=A`,
      `/HomeTax/Cashbill/${JOB}?TradeType=`,
      `/HomeTax/Cashbill/${JOB}/Summary?TradeType=&TradeUsage=C`,
      `/HomeTax/Cashbill/${JOB}/Summary?TradeType=`,
    ]);
    expect(requests.every((r) => r.method === "GET" && r.scopes[1] === "141")).toBe(true);
  });

  it("tax invoices: every filter in the SDK's order, SearchString URL-encoded", async () => {
    const { popbill, requests } = scripted();
    const c = createHometaxClient({ popbill }).taxinvoice;
    const filters = {
      type: ["N", "M"] as ("N" | "M")[],
      taxType: ["T", "N", "Z"] as ("T" | "N" | "Z")[],
      purposeType: ["R", "C", "N"] as ("R" | "C" | "N")[],
      taxRegIDType: "S" as const,
      taxRegID: ["0001", "0002"],
      taxRegIDYN: "1" as const,
      searchString: "팝빌 상사",
    };
    await c.search(CORP, JOB, { ...filters, page: 1, perPage: 500, order: "D" });
    await c.summary(CORP, JOB, filters);
    await c.search(CORP, JOB);
    const tail =
      "?Type=N,M&TaxType=T,N,Z&PurposeType=R,C,N&TaxRegIDType=S&TaxRegID=0001,0002&TaxRegIDYN=1" +
      "&SearchString=%ED%8C%9D%EB%B9%8C%20%EC%83%81%EC%82%AC";
    expect(requests.map((r) => r.path)).toEqual([
      `/HomeTax/Taxinvoice/${JOB}${tail}&Page=1&PerPage=500&Order=D`,
      `/HomeTax/Taxinvoice/${JOB}/Summary${tail}`,
      `/HomeTax/Taxinvoice/${JOB}?Type=`,
    ]);
    expect(requests.every((r) => r.scopes[1] === "111")).toBe(true);
  });

  it.each(["02510221000000001", "0251022100000000012", "02510221000000000A", "../../Cashbill"])(
    "refuses JobID %s without a call",
    async (jobId) => {
      const { popbill, requests } = scripted();
      const c = createHometaxClient({ popbill });
      await expect(c.cashbill.search(CORP, jobId)).rejects.toBeInstanceOf(InputError);
      await expect(c.taxinvoice.summary(CORP, jobId)).rejects.toBeInstanceOf(InputError);
      await expect(c.cashbill.getJobState(CORP, jobId)).rejects.toBeInstanceOf(InputError);
      expect(requests).toHaveLength(0);
    },
  );

  it("refuses raw values that could break out of their parameter", async () => {
    const { popbill, requests } = scripted();
    await expect(
      createHometaxClient({ popbill }).taxinvoice.search(CORP, JOB, { taxRegID: ["0001&Page=9"] }),
    ).rejects.toBeInstanceOf(InputError);
    expect(requests).toHaveLength(0);
  });
});

describe("department-user password", () => {
  it("is masked when the upstream echoes it in a refusal", async () => {
    const { popbill } = fakePopbill(() =>
      popbillRefusal(-11100001, "Failed login HomeTax for dept01/s3cret!"),
    );
    const error = await createHometaxClient({ popbill })
      .cashbill.registDeptUser(CORP, { id: "dept01", pwd: "s3cret!" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamBusinessError);
    expect((error as Error).message).toBe("Failed login HomeTax for dept01/***");
    expect((error as UpstreamBusinessError).code).toBe(-11100001);
  });
});
