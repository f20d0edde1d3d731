import { describe, expect, it } from "vitest";
import { RATE_LIMIT_DEFAULTS, parseBucketSpec } from "./config.js";
import { loadConfig } from "../config.js";
import { TenantLimits } from "./tenant-limits.js";
import type { Buckets } from "./buckets.js";

const parse = (raw: string) => {
  const problems: string[] = [];
  return { spec: parseBucketSpec(raw, "X", problems), problems };
};

describe("bucket settings", () => {
  it("reads a rate and a burst", () => {
    expect(parse("20,300")).toEqual({ spec: { perSecond: 20, burst: 300 }, problems: [] });
    expect(parse(" 5 , 7 ")).toEqual({ spec: { perSecond: 5, burst: 7 }, problems: [] });
  });
  it("gives a rate alone ten seconds' worth of burst", () => {
    expect(parse("3").spec).toEqual({ perSecond: 3, burst: 30 });
  });
  it("turns a limit off with off or none", () => {
    expect(parse("off")).toEqual({ spec: null, problems: [] });
    expect(parse("NONE")).toEqual({ spec: null, problems: [] });
  });
  it.each(["0,10", "10,0", "-1,5", "1.5,3", "abc", "1,2,3", ""])(
    "refuses %j naming the variable",
    (raw) => {
      const { problems } = parse(raw);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^X must be/);
    },
  );
  it("reads every limit from the environment, with defaults", () => {
    const config = loadConfig({
      KORBILL_RATE_LIMIT_PARTNER_UPSTREAM: "7,70",
      KORBILL_IAMPORT_WEBHOOK_REFETCH: "off",
    }).rateLimits;
    expect(config.member.ops).toEqual(parse(RATE_LIMIT_DEFAULTS.memberOps).spec);
    expect(config.partner.upstream).toEqual({ perSecond: 7, burst: 70 });
    expect(config.webhookRefetch).toBeNull();
    expect(config.webhookMinIntervalMs).toBe(RATE_LIMIT_DEFAULTS.webhookMinIntervalMs);
    expect(config.redisPrefix).toBe("korbill:local:rl");
  });
  it("reports a bad minimum interval", () => {
    expect(() => loadConfig({ KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS: "soon" })).toThrow(
      /KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS must be a non-negative integer \(got "soon"\)/,
    );
  });
});

describe("a key's own limits", () => {
  const config = loadConfig({ KORBILL_RATE_LIMIT_MEMBER_OPS: "20,300" }).rateLimits;
  const limits = new TenantLimits(config, {} as Buckets);
  const tenant = (l?: object) => ({
    keyId: "key_1",
    kind: "member" as const,
    name: "t",
    stage: "local",
    corpNums: ["1234567890"],
    userId: null,
    ...(l ? { limits: l } : {}),
  });
  it("uses the kind's default when the key has none", () => {
    expect(limits.specOf(tenant(), "ops")).toEqual({ perSecond: 20, burst: 300 });
  });
  it("overrides the rate and burst it sets", () => {
    expect(limits.specOf(tenant({ opsPerSecond: 2, opsBurst: 5 }), "ops")).toEqual({
      perSecond: 2,
      burst: 5,
    });
    expect(limits.specOf(tenant({ opsPerSecond: 2 }), "ops")).toEqual({ perSecond: 2, burst: 20 });
    expect(limits.specOf(tenant({ opsBurst: 40 }), "ops")).toEqual({ perSecond: 20, burst: 40 });
  });
});
