import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to the local stage on 127.0.0.1:4000 with introspection on", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ stage: "local", host: "127.0.0.1", port: 4000, introspection: true });
    expect(c.popbill).toMatchObject({ hostVariant: "default", ipRestrict: true });
  });
  it("turns introspection off in production by default", () => {
    const c = loadConfig({
      KORBILL_STAGE: "production",
      POPBILL_LINK_ID: "L",
      POPBILL_SECRET_KEY: "S",
    });
    expect(c.introspection).toBe(false);
  });
  it("requires partner credentials outside the local stage", () => {
    expect(() => loadConfig({ KORBILL_STAGE: "test" })).toThrow(
      /POPBILL_LINK_ID and POPBILL_SECRET_KEY are required/,
    );
  });
  it("does not demand upstream credentials when told the caller needs only the database", () => {
    const config = loadConfig(
      { KORBILL_STAGE: "production", KORBILL_DATABASE_URL: "postgres://h/db" },
      { requireUpstream: false },
    );
    expect(config).toMatchObject({ stage: "production", databaseUrl: "postgres://h/db" });
  });
  it("names every bad variable at once", () => {
    expect(() =>
      loadConfig({ KORBILL_STAGE: "prod", KORBILL_PORT: "x", POPBILL_IP_RESTRICT: "maybe" }),
    ).toThrow(/KORBILL_STAGE[\s\S]*KORBILL_PORT[\s\S]*POPBILL_IP_RESTRICT/);
  });
  it("reads IP restriction off and host variants", () => {
    const c = loadConfig({ POPBILL_IP_RESTRICT: "false", POPBILL_HOST_VARIANT: "ga" });
    expect(c.popbill).toMatchObject({ ipRestrict: false, hostVariant: "ga" });
  });
  it("reads every operation limit, with defaults", () => {
    expect(loadConfig({}).limits).toEqual({
      maxBodyBytes: 1_048_576,
      maxDocumentBytes: 102_400,
      maxTokens: 5_000,
      maxOperations: 10,
      maxAliases: 30,
      maxDirectives: 50,
      maxDepth: 20,
      maxCost: 20_000,
      maxFieldRepeats: 10,
      maxSubscriptionsPerSocket: 100,
      maxSubscriptionsPerKey: 1_000,
    });
    const c = loadConfig({ KORBILL_MAX_TOKENS: "900", KORBILL_MAX_SUBSCRIPTIONS_PER_KEY: "7" });
    expect(c.limits).toMatchObject({ maxTokens: 900, maxSubscriptionsPerKey: 7 });
    expect(() => loadConfig({ KORBILL_MAX_ALIASES: "-1" })).toThrow(/KORBILL_MAX_ALIASES/);
  });
  it("refuses a port outside 0-65535 and URLs of the wrong kind, naming each", () => {
    const attempt = () =>
      loadConfig({
        KORBILL_PORT: "70000",
        KORBILL_PUBLIC_URL: "gateway.example.com",
        KORBILL_DATABASE_URL: "mysql://h/db",
        KORBILL_REDIS_URL: "http://127.0.0.1:6379",
        POPBILL_API_URL: "ftp://popbill.example",
      });
    expect(attempt).toThrow(/KORBILL_PORT must be a port number \(0-65535\) \(got "70000"\)/);
    expect(attempt).toThrow(/KORBILL_PUBLIC_URL must be an http\(s\) URL/);
    expect(attempt).toThrow(
      /KORBILL_DATABASE_URL must start with postgres:\/\/, postgresql:\/\/ or sqlite:/,
    );
    expect(attempt).toThrow(/KORBILL_REDIS_URL must start with redis:\/\//);
    expect(attempt).toThrow(/POPBILL_API_URL must be an http\(s\) URL/);
  });
  it("accepts upstream URLs on a loopback address and port", () => {
    const c = loadConfig({
      POPBILL_API_URL: "http://127.0.0.1:36431",
      IAMPORT_API_URL: "http://[::1]:80",
    });
    expect(c.popbill.apiUrl).toBe("http://127.0.0.1:36431");
  });
  it("refuses a bulk poll minimum above its maximum", () => {
    expect(() =>
      loadConfig({ KORBILL_BULK_POLL_MIN_MS: "9000", KORBILL_BULK_POLL_MAX_MS: "5000" }),
    ).toThrow(/KORBILL_BULK_POLL_MIN_MS must not exceed KORBILL_BULK_POLL_MAX_MS/);
  });
  it("reads the log level, any case, and refuses an unknown one with the known ones", () => {
    expect(loadConfig({ KORBILL_LOG_LEVEL: " Debug " }).logLevel).toBe("debug");
    expect(() => loadConfig({ KORBILL_LOG_LEVEL: "verbose" })).toThrow(
      /KORBILL_LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent \(got "verbose"\)/,
    );
  });
  it("takes an empty variable as unset and reports each bad one on its own line", () => {
    expect(loadConfig({ KORBILL_PORT: "", KORBILL_LOG_LEVEL: "" })).toMatchObject({
      port: 4000,
      logLevel: "info",
    });
    let message = "";
    try {
      loadConfig({
        KORBILL_LOG_LEVEL: "loud",
        KORBILL_METRICS_PORT: "-1",
        KORBILL_RATE_LIMIT_MEMBER_OPS: "fast",
        KORBILL_CORS_ORIGINS: "https://ok.example,nope",
        KORBILL_REVOCATION_CHECK_MS: "0",
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n").slice(1)).toEqual([
      expect.stringMatching(/^ {2}- KORBILL_REVOCATION_CHECK_MS must be a positive integer/),
      expect.stringMatching(/^ {2}- KORBILL_LOG_LEVEL must be one of/),
      expect.stringMatching(/^ {2}- KORBILL_METRICS_PORT must be a port number/),
      expect.stringMatching(/^ {2}- KORBILL_CORS_ORIGINS must list origins like/),
      expect.stringMatching(/^ {2}- KORBILL_RATE_LIMIT_MEMBER_OPS must be "<perSecond>,<burst>"/),
    ]);
  });
});
