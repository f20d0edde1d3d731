import { createHash } from "node:crypto";
import pg from "pg";
import { backoffDelayMs } from "../timing/backoff.js";
import type { ClaimsStatus, WorkClaims } from "./claims.js";

/**
 * The advisory lock id of a unit: 64 bits of SHA-256 over namespace and key, as a decimal
 * string (pg_locks shows it as classid = high 32 bits, objid = low 32 bits, objsubid = 1).
 */
export function advisoryLockId(namespace: string, key: string): string {
  const digest = createHash("sha256").update(`${namespace}\0${key}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/** Settings of {@link PostgresClaims}. */
export interface PostgresClaimsOptions {
  connectionString: string;
  /** Scopes the lock ids (the korbill schema), so two korbill databases on one server differ. */
  namespace: string;
  /** How often the connection is checked (ms); a dead one loses its claims then. Default 1 s. */
  heartbeatMs?: number;
  /** Most units held at once (advisory locks use PostgreSQL's shared lock table). Default 1,000. */
  maxHeld?: number;
  /** Told when the claims connection fails or is lost. */
  onError?: (error: Error) => void;
}

/**
 * Claims as PostgreSQL session-level advisory locks, on one dedicated connection (never a
 * pooled one: a session lock belongs to the connection). When an instance dies, even by
 * `kill -9`, its connection closes and the server releases every lock it held at once, so
 * the others take its units on their next look (within a pass, at most a second). When this
 * instance's connection is lost, every claim is lost with it (listeners are told) and nothing
 * is claimed until it reconnects, with the shared backoff. The server also probes the socket
 * (`tcp_keepalives_*`), so a vanished host's locks are freed within about 15 s.
 */
export class PostgresClaims implements WorkClaims {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client | null> | null = null;
  private failures = 0;
  private retryAt = 0;
  private closed = false;
  private readonly held = new Set<string>();
  private readonly claiming = new Set<string>();
  private readonly listeners = new Set<(keys: string[]) => void>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly options: PostgresClaimsOptions) {
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs ?? 1_000);
    this.heartbeat.unref?.();
  }

  private lockId(key: string): string {
    return advisoryLockId(this.options.namespace, key);
  }

  async claim(key: string): Promise<boolean> {
    return (await this.claimMany([key])).has(key);
  }

  async claimMany(keys: readonly string[]): Promise<Set<string>> {
    const mine = new Set(keys.filter((k) => this.held.has(k)));
    const room = (this.options.maxHeld ?? 1_000) - this.held.size;
    const wanted = [...new Set(keys)]
      .filter((k) => !this.held.has(k) && !this.claiming.has(k))
      .slice(0, Math.max(0, room));
    if (wanted.length === 0) return mine;
    const client = await this.connection();
    if (!client) return mine;
    // A key being claimed is not asked for again meanwhile: a session lock taken twice would
    // need two unlocks.
    for (const k of wanted) this.claiming.add(k);
    try {
      const byId = new Map(wanted.map((k) => [this.lockId(k), k]));
      const r = await client.query<{ id: string; ok: boolean }>(
        "select id::text as id, pg_try_advisory_lock(id) as ok from unnest($1::bigint[]) as id",
        [[...byId.keys()]],
      );
      if (this.client !== client) return mine; // lost meanwhile: the server dropped them
      for (const row of r.rows) {
        const key = byId.get(row.id);
        if (row.ok && key !== undefined) {
          this.held.add(key);
          mine.add(key);
        }
      }
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      for (const k of wanted) this.claiming.delete(k);
    }
    return mine;
  }

  holds(key: string): boolean {
    return this.held.has(key);
  }

  async release(key: string): Promise<void> {
    if (!this.held.delete(key)) return;
    const client = this.client;
    if (!client) return;
    await client
      .query("select pg_advisory_unlock($1::bigint)", [this.lockId(key)])
      .catch((error: Error) => this.lost(client, error));
  }

  onLost(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): ClaimsStatus {
    return { kind: "postgres", connected: this.client !== null, held: this.held.size };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    const client = this.client ?? (await this.connecting);
    this.client = null;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }

  private async beat(): Promise<void> {
    const client = this.client;
    if (!client) {
      await this.connection(); // be ready before work asks
      return;
    }
    await client.query("select 1").catch((error: Error) => this.lost(client, error));
  }

  private connection(): Promise<pg.Client | null> {
    if (this.client) return Promise.resolve(this.client);
    if (this.closed || Date.now() < this.retryAt) return Promise.resolve(null);
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client | null> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: "korbill-claims",
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      options: "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3",
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, new Error("claims connection ended")));
    try {
      await client.connect();
    } catch (error) {
      this.failures++;
      this.retryAt = Date.now() + backoffDelayMs(this.failures - 1, { baseMs: 200, maxMs: 2_000 });
      this.options.onError?.(error as Error);
      await client.end().catch(() => undefined);
      return null;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return null;
    }
    this.failures = 0;
    this.client = client;
    return client;
  }

  /** The connection is gone: so is every lock it held (the server released them). */
  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    const keys = [...this.held];
    this.held.clear();
    void client.end().catch(() => undefined);
    if (!this.closed) this.options.onError?.(error);
    if (keys.length) for (const listener of this.listeners) listener(keys);
  }
}
