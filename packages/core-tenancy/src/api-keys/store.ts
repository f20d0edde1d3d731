import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import {
  CORP_NUM_PATTERN,
  type KeyLimits,
  type Tenant,
  type TenantKind,
} from "../tenant/tenant.js";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./key-format.js";
import { LRUCache } from "lru-cache";

interface ApiKeysTable {
  id: string;
  keyHash: string;
  keyPrefix: string;
  kind: string;
  name: string;
  stage: string;
  corpNums: string;
  userId: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** Per-key rate limits (migration 0002); NULL = the kind's default. */
  opsPerSecond?: number | null;
  opsBurst?: number | null;
  upstreamPerSecond?: number | null;
  upstreamBurst?: number | null;
}
interface Tables {
  apiKeys: ApiKeysTable;
}

/** A stored API key as listed (never the secret). */
export interface ApiKeyRecord {
  id: string;
  prefix: string;
  kind: TenantKind;
  name: string;
  stage: string;
  corpNums: string[];
  userId: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** Limits set for this key; absent ones are the kind's defaults. */
  limits: KeyLimits;
}

/** What a new key is for. */
export interface NewApiKey {
  kind: TenantKind;
  name: string;
  corpNums: string[];
  userId?: string | null;
  /** A chosen key (the local stage's public demo keys); generated when absent. */
  key?: string;
}

/**
 * korbill API keys -> tenants. Keys are shown once at creation; only their hash is kept.
 * Authentication results are cached briefly per process; revocation through this store
 * takes effect at once, revocation by another process within `cacheTtlMs`.
 */
export class ApiKeyStore {
  private readonly db: Kysely<Tables>;
  /** By key hash; the least recently used goes first when full (a flood of unknown keys). */
  private readonly cache = new LRUCache<string, { tenant: Tenant | null; until: number }>({
    max: 10_000,
  });

  constructor(
    db: Kysely<unknown>,
    private readonly stage: string,
    private readonly opts: { cacheTtlMs?: number; now?: () => number } = {},
  ) {
    this.db = db as Kysely<Tables>;
  }

  /** Creates a key and returns its secret (shown only here) with the stored record. */
  async create(input: NewApiKey): Promise<{ key: string; record: ApiKeyRecord }> {
    validateNewKey(input);
    const key = input.key ?? generateApiKey(this.stage);
    const row: ApiKeysTable = {
      id: `key_${randomBytes(8).toString("hex")}`,
      keyHash: hashApiKey(key),
      keyPrefix: apiKeyPrefix(key),
      kind: input.kind,
      name: input.name,
      stage: this.stage,
      corpNums: JSON.stringify(input.corpNums),
      userId: input.userId ?? null,
      createdAt: new Date(this.now()).toISOString(),
      revokedAt: null,
    };
    await this.db.insertInto("apiKeys").values(row).execute();
    return { key, record: toRecord(row) };
  }

  /** Creates the key unless a key with the same secret exists (idempotent demo seeding). */
  async ensure(input: NewApiKey & { key: string }): Promise<ApiKeyRecord> {
    const existing = await this.findByHash(hashApiKey(input.key));
    if (existing) return toRecord(existing);
    return (await this.create(input)).record;
  }

  /** Lists this stage's keys, newest first. */
  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.db
      .selectFrom("apiKeys")
      .selectAll()
      .where("stage", "=", this.stage)
      .orderBy("createdAt", "desc")
      .execute();
    return rows.map(toRecord);
  }

  /** Revokes a key by id; returns false when no active key has that id. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable("apiKeys")
      .set({ revokedAt: new Date(this.now()).toISOString() })
      .where("id", "=", id)
      .where("stage", "=", this.stage)
      .where("revokedAt", "is", null)
      .executeTakeFirst();
    this.cache.clear();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Which of these key ids are revoked, read from the database (not the cache): how a
   * gateway learns of a revocation made by another process, such as the CLI.
   */
  async revokedAmong(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("apiKeys")
      .select("id")
      .where("id", "in", ids)
      .where("revokedAt", "is not", null)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * The tenant of key `id` as the database has it now (not the cache), with its current
   * limits; null when it is revoked or not a key of this stage. One primary-key read: how an
   * open WebSocket re-checks its key before each new operation.
   */
  async current(id: string): Promise<Tenant | null> {
    const row = await this.db
      .selectFrom("apiKeys")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row && row.revokedAt === null && row.stage === this.stage ? toTenant(row) : null;
  }

  /** Ids of the keys this process accepted from its cache lately (still in the cache). */
  cachedKeyIds(): string[] {
    const ids = new Set<string>();
    for (const hit of this.cache.values()) if (hit.tenant) ids.add(hit.tenant.keyId);
    return [...ids];
  }

  /** Drops cached authentications of these keys, so the next use reads the database. */
  forget(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const drop = [...this.cache.entries()].filter(
      ([, hit]) => hit.tenant && gone.has(hit.tenant.keyId),
    );
    for (const [hash] of drop) this.cache.delete(hash);
  }

  /**
   * Sets a key's rate limits (`null` = back to the kind's default; absent = unchanged); returns
   * false when no key of this stage has that id. Takes effect within the authentication cache.
   */
  async setLimits(id: string, limits: KeyLimits): Promise<boolean> {
    for (const [name, value] of Object.entries(limits))
      if (value !== null && value !== undefined && !(Number.isSafeInteger(value) && value >= 1))
        throw new Error(`${name} must be a positive integer (got ${String(value)})`);
    const result = await this.db
      .updateTable("apiKeys")
      .set(limits)
      .where("id", "=", id)
      .where("stage", "=", this.stage)
      .executeTakeFirst();
    this.cache.clear();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The tenant of an active key of this stage, or null. */
  async authenticate(key: string): Promise<Tenant | null> {
    if (!key || key.length > 200) return null;
    const hash = hashApiKey(key);
    const hit = this.cache.get(hash);
    if (hit && hit.until > this.now()) return hit.tenant;
    const row = await this.findByHash(hash);
    const tenant = row && row.revokedAt === null && row.stage === this.stage ? toTenant(row) : null;
    this.cache.set(hash, { tenant, until: this.now() + (this.opts.cacheTtlMs ?? 5_000) });
    return tenant;
  }

  private findByHash(hash: string) {
    return this.db.selectFrom("apiKeys").selectAll().where("keyHash", "=", hash).executeTakeFirst();
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }
}

function validateNewKey(input: NewApiKey): void {
  if (input.kind !== "member" && input.kind !== "partner") {
    throw new Error(`kind must be member or partner (got ${String(input.kind)})`);
  }
  if (!input.name.trim()) throw new Error("a key needs a name");
  const bad = input.corpNums.find((c) => !CORP_NUM_PATTERN.test(c));
  if (bad !== undefined) throw new Error(`corpNum must be 10 digits (got "${bad}")`);
  if (input.kind === "member" && input.corpNums.length === 0) {
    throw new Error("a member key must be bound to at least one corpNum");
  }
}

function toRecord(row: ApiKeysTable): ApiKeyRecord {
  return {
    id: row.id,
    prefix: row.keyPrefix,
    kind: row.kind as TenantKind,
    name: row.name,
    stage: row.stage,
    corpNums: JSON.parse(row.corpNums) as string[],
    userId: row.userId,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    limits: limitsOf(row),
  };
}

function limitsOf(row: ApiKeysTable): KeyLimits {
  const limits: KeyLimits = {};
  for (const name of ["opsPerSecond", "opsBurst", "upstreamPerSecond", "upstreamBurst"] as const) {
    const value = row[name];
    if (value !== null && value !== undefined) limits[name] = Number(value);
  }
  return limits;
}

function toTenant(row: ApiKeysTable): Tenant {
  const r = toRecord(row);
  return {
    keyId: r.id,
    kind: r.kind,
    name: r.name,
    stage: r.stage,
    corpNums: r.corpNums,
    userId: r.userId,
    ...(Object.keys(r.limits).length ? { limits: r.limits } : {}),
  };
}
