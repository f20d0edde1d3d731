import { Cluster, Redis, type RedisOptions } from "ioredis";
import { backoffDelayMs } from "../timing/backoff.js";

/** A Redis deployment to connect to: one server, a Sentinel-watched master, or a Cluster. */
export interface RedisTarget {
  mode: "single" | "sentinel" | "cluster";
  /** Where it points, without any password (for logs and errors). */
  describe: string;
  /** A new connection with these options on top of the target's own. */
  connect(options: RedisOptions): Redis | Cluster;
}

/**
 * How soon a lost connection is tried again (attempt 1 first): the shared backoff from 200 ms,
 * capped at one second, so a Redis that comes back is reconnected within a second (live
 * subscribers then read what they missed from the log: the outage's events arrive within about
 * 2 s of Redis returning).
 */
export const reconnectDelay = (attempt: number): number =>
  backoffDelayMs(attempt - 1, { baseMs: 200, maxMs: 1_000 });

const MULTI = /^(rediss?)-(sentinel|cluster):\/\/(?:([^@/]*)@)?([^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/;

/**
 * Reads a Redis URL (`KORBILL_REDIS_URL`):
 * - `redis://[user:password@]host:port[/db]`, `rediss://...` (TLS): one server;
 * - `redis-sentinel://[user:password@]host:port[,host:port...]/mastername[?sentinelPassword=...&db=N]`
 *   (`rediss-sentinel://` for TLS to the sentinels and the master): the master that the
 *   sentinels name, followed across failovers;
 * - `redis-cluster://[user:password@]host:port[,host:port...]` (`rediss-cluster://` for TLS):
 *   a Redis Cluster, found from these seed nodes.
 * Everything else is ioredis's own options (TLS trusts Node's CAs plus `NODE_EXTRA_CA_CERTS`).
 */
export function redisTargetFromUrl(url: string): RedisTarget {
  if (/^rediss?:\/\//.test(url)) {
    const shown = new URL(url);
    return {
      mode: "single",
      describe: `Redis at ${shown.hostname}:${shown.port || "6379"}${url.startsWith("rediss:") ? " (TLS)" : ""}`,
      connect: (options) => new Redis(url, { ...options }),
    };
  }
  const m = MULTI.exec(url);
  if (!m) {
    throw new Error(
      `KORBILL_REDIS_URL must start with redis://, rediss://, redis-sentinel://, rediss-sentinel://, redis-cluster:// or rediss-cluster:// (got "${url.split(":")[0]}:...")`,
    );
  }
  const [, scheme, mode, userinfo, hostList = "", path, query] = m;
  const tls = scheme === "rediss";
  const nodes = hostList.split(",").map((hostPort) => {
    const i = hostPort.lastIndexOf(":");
    const host = i > 0 ? hostPort.slice(0, i) : hostPort;
    const port = i > 0 ? Number(hostPort.slice(i + 1)) : mode === "sentinel" ? 26379 : 6379;
    if (!host || !Number.isInteger(port))
      throw new Error(`bad Redis node "${hostPort}" in KORBILL_REDIS_URL`);
    return { host, port };
  });
  const [user, password] = (userinfo ?? "").split(":").map((s) => decodeURIComponent(s));
  const params = new URLSearchParams(query ?? "");
  const auth = {
    ...(user ? { username: user } : {}),
    ...(password ? { password } : {}),
  };
  const shownNodes = nodes.map((n) => `${n.host}:${n.port}`).join(",");
  const tlsNote = tls ? " (TLS)" : "";
  if (mode === "sentinel") {
    const name = decodeURIComponent(path ?? "");
    if (!name)
      throw new Error("KORBILL_REDIS_URL: redis-sentinel:// needs the master name as its path");
    const sentinelPassword = params.get("sentinelPassword") ?? undefined;
    const db = params.get("db");
    return {
      mode: "sentinel",
      describe: `Redis master "${name}" via Sentinel ${shownNodes}${tlsNote}`,
      connect: (options) =>
        new Redis({
          ...options,
          ...auth,
          sentinels: nodes,
          name,
          ...(sentinelPassword ? { sentinelPassword } : {}),
          ...(db ? { db: Number(db) } : {}),
          ...(tls ? { tls: {}, enableTLSForSentinelMode: true } : {}),
          sentinelRetryStrategy: reconnectDelay,
        }),
    };
  }
  return {
    mode: "cluster",
    describe: `Redis Cluster ${shownNodes}${tlsNote}`,
    connect: (options) =>
      new Cluster(nodes, {
        clusterRetryStrategy: reconnectDelay,
        enableOfflineQueue: options.enableOfflineQueue,
        redisOptions: { ...options, ...auth, ...(tls ? { tls: {} } : {}) },
      }),
  };
}
