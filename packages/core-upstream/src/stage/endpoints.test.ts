import { describe, expect, it } from "vitest";
import {
  type HostVariant,
  hostVariantFromFlags,
  resolveEndpoints,
  type Stage,
} from "./endpoints.js";

const SANDBOX = {
  linkhubAuthUrl: "http://127.0.0.1:4101",
  popbillApiUrl: "http://127.0.0.1:4102/",
  iamportApiUrl: "http://localhost:4103",
};

describe("resolveEndpoints", () => {
  it.each<[Stage, HostVariant, string, string, string, string]>([
    [
      "test",
      "default",
      "POPBILL_TEST",
      "https://auth.linkhub.co.kr",
      "https://popbill-test.linkhub.co.kr",
      "https://api.iamport.kr",
    ],
    [
      "test",
      "static",
      "POPBILL_TEST",
      "https://static-auth.linkhub.co.kr",
      "https://static-popbill-test.linkhub.co.kr",
      "https://static-api.iamport.kr",
    ],
    [
      "test",
      "ga",
      "POPBILL_TEST",
      "https://ga-auth.linkhub.co.kr",
      "https://ga-popbill-test.linkhub.co.kr",
      "https://api.iamport.kr",
    ],
    [
      "production",
      "default",
      "POPBILL",
      "https://auth.linkhub.co.kr",
      "https://popbill.linkhub.co.kr",
      "https://api.iamport.kr",
    ],
    [
      "production",
      "static",
      "POPBILL",
      "https://static-auth.linkhub.co.kr",
      "https://static-popbill.linkhub.co.kr",
      "https://static-api.iamport.kr",
    ],
    [
      "production",
      "ga",
      "POPBILL",
      "https://ga-auth.linkhub.co.kr",
      "https://ga-popbill.linkhub.co.kr",
      "https://api.iamport.kr",
    ],
  ])("resolves stage %s with the %s hosts", (stage, hostVariant, serviceId, auth, api, iamport) => {
    expect(resolveEndpoints({ stage, hostVariant })).toEqual({
      stage,
      serviceId,
      linkhubAuthUrl: auth,
      popbillApiUrl: api,
      iamportApiUrl: iamport,
    });
  });

  it.each<HostVariant>(["default", "static", "ga"])(
    "points stage local at the sandbox overrides with the %s variant",
    (hostVariant) => {
      expect(resolveEndpoints({ stage: "local", hostVariant, overrides: SANDBOX })).toEqual({
        stage: "local",
        serviceId: "POPBILL_TEST",
        linkhubAuthUrl: "http://127.0.0.1:4101",
        popbillApiUrl: "http://127.0.0.1:4102",
        iamportApiUrl: "http://localhost:4103",
      });
    },
  );

  it("refuses stage local without overrides", () => {
    expect(() => resolveEndpoints({ stage: "local" })).toThrow(
      /missing overrides: linkhubAuthUrl, popbillApiUrl, iamportApiUrl/,
    );
  });

  it("names the one override that stage local is missing", () => {
    const { iamportApiUrl: _omitted, ...partial } = SANDBOX;
    expect(() => resolveEndpoints({ stage: "local", overrides: partial })).toThrow(
      /missing overrides: iamportApiUrl$/,
    );
  });

  it("lets an override replace one real host and keeps the others", () => {
    const endpoints = resolveEndpoints({
      stage: "test",
      overrides: { popbillApiUrl: "http://10.0.0.5:8080/pb/" },
    });
    expect(endpoints.popbillApiUrl).toBe("http://10.0.0.5:8080/pb");
    expect(endpoints.linkhubAuthUrl).toBe("https://auth.linkhub.co.kr");
  });

  it("rejects an override that is not an http(s) URL", () => {
    expect(() =>
      resolveEndpoints({ stage: "test", overrides: { iamportApiUrl: "ftp://x" } }),
    ).toThrow(/http\(s\)/);
  });

  it("rejects an override that is not a URL at all", () => {
    expect(() =>
      resolveEndpoints({ stage: "test", overrides: { iamportApiUrl: "api.iamport.kr" } }),
    ).toThrow(/not a URL/);
  });
});

describe("hostVariantFromFlags", () => {
  it.each<[boolean, boolean, HostVariant]>([
    [false, false, "default"],
    [true, false, "static"],
    [false, true, "ga"],
    [true, true, "ga"],
  ])("maps static=%s ga=%s to %s (GA wins)", (useStaticIp, useGaIp, expected) => {
    expect(hostVariantFromFlags({ useStaticIp, useGaIp })).toBe(expected);
  });
});
