import { UpstreamAuthenticationError, UpstreamServerError } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { createHometaxClient } from "../client/client.js";
import { HometaxAuthMethod, HometaxReadinessStatus, HometaxService } from "../enums.js";
import {
  AUTH_INFO_MISSING,
  LOGIN_FAILED,
  fakePopbill,
  popbillRefusal,
} from "../testing/fake-popbill.js";
import { type ReadinessFacts, checkReadiness, decideReadiness } from "./readiness.js";

const NOW = Date.parse("2026-11-23T10:00:00+09:00");
const DAY = 86_400_000;
const CORP = "1234567890";
const LOGIN_PROBLEM = { code: -11100001, message: "Failed login HomeTax" };

type Dept = "none" | "ok" | "failing";
type Cert = "none" | "ok" | "expiring" | "expired" | "failing";

function facts(dept: Dept, cert: Cert): ReadinessFacts {
  const expiresAt =
    cert === "none"
      ? null
      : new Date(
          NOW + (cert === "expiring" ? 10 * DAY : cert === "expired" ? -2 * DAY : 200 * DAY),
        );
  return {
    deptUser: {
      registered: dept !== "none",
      problem: null,
      login:
        dept === "none"
          ? null
          : { ok: dept === "ok", problem: dept === "failing" ? LOGIN_PROBLEM : null },
    },
    certificate: {
      registered: cert !== "none",
      problem: null,
      expiresAt,
      login:
        cert === "none" || cert === "expired"
          ? null
          : { ok: cert !== "failing", problem: cert === "failing" ? LOGIN_PROBLEM : null },
    },
  };
}

const S = HometaxReadinessStatus;
const M = HometaxAuthMethod;

describe("the readiness decision table", () => {
  it.each([
    [
      "none",
      "none",
      S.NO_METHOD_REGISTERED,
      null,
      /registerHometaxDeptUser.*hometaxCertificatePopupUrl/s,
    ],
    ["ok", "none", S.READY, M.DEPT_USER, /department user\. Nothing to do/],
    ["ok", "expired", S.READY, M.DEPT_USER, /expired on 2026-11-21; it is not needed/],
    ["ok", "failing", S.READY, M.DEPT_USER, /Nothing to do/],
    ["none", "ok", S.READY, M.CERTIFICATE, /certificate, valid until 2027-06-11/],
    [
      "failing",
      "ok",
      S.READY,
      M.CERTIFICATE,
      /department user could not log in \(-11100001: Failed login HomeTax\)/,
    ],
    [
      "none",
      "expiring",
      S.CERTIFICATE_EXPIRING,
      M.CERTIFICATE,
      /expires on 2026-12-03 \(in 10 days\)/,
    ],
    ["none", "expired", S.CERTIFICATE_EXPIRED, M.CERTIFICATE, /expired on 2026-11-21/],
    ["failing", "expired", S.CERTIFICATE_EXPIRED, M.DEPT_USER, /department user could not log in/],
    [
      "none",
      "failing",
      S.LOGIN_FAILING,
      M.CERTIFICATE,
      /refused the certificate login \(-11100001/,
    ],
    [
      "failing",
      "none",
      S.LOGIN_FAILING,
      M.DEPT_USER,
      /refused the department user's login \(-11100001: Failed login HomeTax\)/,
    ],
  ] as const)("dept user %s, certificate %s -> %s via %s", (dept, cert, status, method, advice) => {
    const view = decideReadiness(HometaxService.CASHBILL, facts(dept, cert), NOW);
    expect(view.status).toBe(status);
    expect(view.method).toBe(method);
    expect(view.advice).toMatch(advice);
    expect(view.checkedAt).toBe("2026-11-23T10:00:00+09:00");
  });

  it("reports the failing login's upstream code", () => {
    const view = decideReadiness(HometaxService.TAXINVOICE, facts("failing", "none"), NOW);
    expect(view).toMatchObject({ problemCode: -11100001, problemMessage: "Failed login HomeTax" });
    expect(view.advice).toContain("e-tax-invoice (전자세금계산서) inquiry");
  });

  it("counts the certificate's days left and warns from 30 days", () => {
    const at = (days: number) =>
      decideReadiness(
        HometaxService.CASHBILL,
        {
          ...facts("none", "ok"),
          certificate: {
            ...facts("none", "ok").certificate,
            expiresAt: new Date(NOW + days * DAY + 1000),
          },
        },
        NOW,
      );
    expect(at(30)).toMatchObject({ status: S.CERTIFICATE_EXPIRING, certificateDaysLeft: 30 });
    expect(at(31)).toMatchObject({ status: S.READY, certificateDaysLeft: 31 });
  });

  it("counts days left in KST calendar days, -1 for a certificate that expired yesterday", () => {
    const at = (expiresAt: string, now: string) =>
      decideReadiness(
        HometaxService.CASHBILL,
        {
          ...facts("none", "ok"),
          certificate: { ...facts("none", "ok").certificate, expiresAt: new Date(expiresAt) },
        },
        Date.parse(now),
      ).certificateDaysLeft;
    // Expired at the end of yesterday (KST), asked just after and late today.
    expect(at("2026-11-22T23:59:59+09:00", "2026-11-23T00:00:00+09:00")).toBe(-1);
    expect(at("2026-11-22T23:59:59+09:00", "2026-11-23T23:59:59+09:00")).toBe(-1);
    // Expired a day and a half ago: still yesterday's certificate.
    expect(at("2026-11-22T00:00:01+09:00", "2026-11-23T12:00:00+09:00")).toBe(-1);
    expect(at("2026-11-21T23:59:59+09:00", "2026-11-23T00:00:00+09:00")).toBe(-2);
    // Expires later today, or already earlier today: 0; tomorrow: 1.
    expect(at("2026-11-23T23:59:59+09:00", "2026-11-23T00:00:00+09:00")).toBe(0);
    expect(at("2026-11-23T00:00:01+09:00", "2026-11-23T12:00:00+09:00")).toBe(0);
    expect(at("2026-11-24T00:00:00+09:00", "2026-11-23T23:59:59+09:00")).toBe(1);
    // The KST day boundary, not UTC's (15:00 UTC is midnight KST).
    expect(at("2026-11-23T14:59:59Z", "2026-11-23T15:00:00Z")).toBe(-1);
  });

  it("explains both methods and their trade-off when nothing is registered", () => {
    const { advice } = decideReadiness(HometaxService.CASHBILL, facts("none", "none"), NOW);
    expect(advice).toMatch(/free, read-only, semi-permanent, several logins at once/);
    expect(advice).toMatch(/paid, renewed every year, one login at a time/);
  });
});

describe("gathering the facts", () => {
  const CERT_OK = { certificateExpiration: "20270611235959" };

  /** An active flat-rate contract unless a test answers `/Contract` itself. */
  const ACTIVE_CONTRACT = () => ({ state: 1, useRestrictYN: false });

  function upstream(routes: Record<string, () => unknown>) {
    const all: Record<string, () => unknown> = { "/Contract": ACTIVE_CONTRACT, ...routes };
    return fakePopbill((r) => {
      const key = Object.keys(all).find((suffix) => r.path.endsWith(suffix));
      if (!key) throw new Error(`unexpected ${r.path}`);
      return all[key]!();
    });
  }

  it("reads 'does not exist' on both checks as NO_METHOD_REGISTERED", async () => {
    const fake = upstream({ "/DeptUser": AUTH_INFO_MISSING, "/CertInfo": AUTH_INFO_MISSING });
    const calls = createHometaxClient({ popbill: fake.popbill }).cashbill;
    const view = await checkReadiness(calls, HometaxService.CASHBILL, CORP, () => NOW);
    expect(view.status).toBe(S.NO_METHOD_REGISTERED);
    expect(fake.requests.map((r) => r.path).sort()).toEqual([
      "/HomeTax/Cashbill/CertInfo",
      "/HomeTax/Cashbill/Contract",
      "/HomeTax/Cashbill/DeptUser",
    ]);
  });

  it("tests the department user's login and skips the certificate test when it works", async () => {
    const fake = upstream({
      "/DeptUser": () => ({ code: 1, message: "registered" }),
      "/CertInfo": () => CERT_OK,
      "/DeptUser/Check": () => ({ code: 1, message: "login ok" }),
    });
    const view = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).taxinvoice,
      HometaxService.TAXINVOICE,
      CORP,
      () => NOW,
    );
    expect(view).toMatchObject({ status: S.READY, method: M.DEPT_USER });
    expect(fake.requests.map((r) => r.path)).not.toContain("/HomeTax/Taxinvoice/CertCheck");
  });

  it("turns -11100001 on the department-user login into LOGIN_FAILING with the code", async () => {
    const fake = upstream({
      "/DeptUser": () => ({ code: 1, message: "registered" }),
      "/CertInfo": AUTH_INFO_MISSING,
      "/DeptUser/Check": LOGIN_FAILED,
    });
    const view = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).cashbill,
      HometaxService.CASHBILL,
      CORP,
      () => NOW,
    );
    expect(view).toMatchObject({
      status: S.LOGIN_FAILING,
      method: M.DEPT_USER,
      problemCode: -11100001,
    });
  });

  it("falls back to testing the certificate when the department user fails", async () => {
    const fake = upstream({
      "/DeptUser": () => ({ code: 1, message: "registered" }),
      "/CertInfo": () => CERT_OK,
      "/DeptUser/Check": LOGIN_FAILED,
      "/CertCheck": () => ({ code: 1, message: "ok" }),
    });
    const view = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).cashbill,
      HometaxService.CASHBILL,
      CORP,
      () => NOW,
    );
    expect(view).toMatchObject({ status: S.READY, method: M.CERTIFICATE, problemCode: -11100001 });
  });

  it("does not test an expired certificate", async () => {
    const fake = upstream({
      "/DeptUser": AUTH_INFO_MISSING,
      "/CertInfo": () => ({ certificateExpiration: "20261101000000" }),
    });
    const view = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).cashbill,
      HometaxService.CASHBILL,
      CORP,
      () => NOW,
    );
    expect(view.status).toBe(S.CERTIFICATE_EXPIRED);
    expect(fake.requests).toHaveLength(3);
  });

  it.each([
    [
      "an outage",
      () => new UpstreamServerError({ upstream: "popbill", status: 503, message: "down" }),
    ],
    [
      "korbill's own token trouble",
      () => popbillRefusal(-10000033, "Token Interpretation failed."),
    ],
  ])("rethrows %s instead of calling it 'not registered'", async (_name, failure) => {
    const fake = upstream({ "/DeptUser": failure, "/CertInfo": () => CERT_OK });
    const error = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).cashbill,
      HometaxService.CASHBILL,
      CORP,
      () => NOW,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(
      error instanceof UpstreamServerError || error instanceof UpstreamAuthenticationError,
    ).toBe(true);
  });
});

describe("the flat-rate contract crawling needs", () => {
  const missing = {
    active: false,
    problem: { code: -11100030, message: "no flat-rate contract" },
  };

  it("turns a working login without a contract into FLAT_RATE_MISSING, naming the popup", () => {
    const view = decideReadiness(
      HometaxService.TAXINVOICE,
      { ...facts("ok", "none"), flatRate: missing },
      NOW,
    );
    expect(view).toMatchObject({
      status: S.FLAT_RATE_MISSING,
      method: M.DEPT_USER,
      flatRateActive: false,
      problemCode: -11100030,
    });
    expect(view.advice).toMatch(/flat-rate \(정액제\) contract for tax invoices/);
    expect(view.advice).toMatch(/hometaxFlatRatePopupUrl/);
  });

  it("keeps a login problem first but still says the contract is missing", () => {
    const view = decideReadiness(
      HometaxService.CASHBILL,
      { ...facts("none", "none"), flatRate: missing },
      NOW,
    );
    expect(view.status).toBe(S.NO_METHOD_REGISTERED);
    expect(view.advice).toMatch(/registerHometaxDeptUser.*hometaxFlatRatePopupUrl/s);
  });

  it("says nothing about the contract when it is active", () => {
    const view = decideReadiness(
      HometaxService.CASHBILL,
      { ...facts("ok", "none"), flatRate: { active: true, problem: null } },
      NOW,
    );
    expect(view).toMatchObject({ status: S.READY, flatRateActive: true });
    expect(view.advice).not.toMatch(/flat-rate/);
  });

  it("reads a -111 refusal of GetFlatRateState as a missing contract, not an error", async () => {
    const fake = fakePopbill((r) => {
      if (r.path.endsWith("/Contract"))
        throw popbillRefusal(-11100030, "정액제 서비스를 신청하지 않았습니다.");
      if (r.path.endsWith("/CertInfo")) return { certificateExpiration: "20270611235959" };
      if (r.path.endsWith("/DeptUser/Check")) return { code: 1, message: "login ok" };
      if (r.path.endsWith("/DeptUser")) return { code: 1, message: "registered" };
      throw new Error(`unexpected ${r.path}`);
    });
    const view = await checkReadiness(
      createHometaxClient({ popbill: fake.popbill }).cashbill,
      HometaxService.CASHBILL,
      CORP,
      () => NOW,
    );
    expect(view).toMatchObject({ status: S.FLAT_RATE_MISSING, problemCode: -11100030 });
  });
});
