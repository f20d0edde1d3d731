import { describe, expect, it } from "vitest";
import { redisTargetFromUrl } from "./redis-target.js";

describe("redisTargetFromUrl", () => {
  it("reads single, Sentinel and Cluster URLs without showing passwords", () => {
    expect(redisTargetFromUrl("redis://:pw@10.0.0.1:6380").describe).toBe("Redis at 10.0.0.1:6380");
    expect(redisTargetFromUrl("rediss://cache.example").describe).toBe(
      "Redis at cache.example:6379 (TLS)",
    );
    const sentinel = redisTargetFromUrl(
      "redis-sentinel://:s3cret@10.0.0.1:26379,10.0.0.2/mymaster?sentinelPassword=x",
    );
    expect(sentinel.mode).toBe("sentinel");
    expect(sentinel.describe).toBe(
      'Redis master "mymaster" via Sentinel 10.0.0.1:26379,10.0.0.2:26379',
    );
    const cluster = redisTargetFromUrl("rediss-cluster://u:s3cret@a:7000,b:7001");
    expect(cluster.mode).toBe("cluster");
    expect(cluster.describe).toBe("Redis Cluster a:7000,b:7001 (TLS)");
    for (const t of [sentinel, cluster]) expect(t.describe).not.toContain("s3cret");
  });

  it("refuses unknown schemes and a Sentinel URL without a master name", () => {
    expect(() => redisTargetFromUrl("http://x")).toThrow(/KORBILL_REDIS_URL must start with/);
    expect(() => redisTargetFromUrl("redis-sentinel://a:26379")).toThrow(/master name/);
  });
});
