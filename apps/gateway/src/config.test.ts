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
});
