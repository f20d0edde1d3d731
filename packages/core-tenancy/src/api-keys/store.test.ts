import { describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { apiKeyMigrations } from "./migrations.js";
import { ApiKeyStore } from "./store.js";
import { hashApiKey } from "./key-format.js";

for (const engine of await testEngines()) {
  describe(`ApiKeyStore on ${engine}`, () => {
    async function withStore(
      fn: (store: ApiKeyStore, raw: import("kysely").Kysely<any>) => Promise<void>,
    ) {
      const opened = await openTestDatabase(engine, apiKeyMigrations);
      try {
        await fn(new ApiKeyStore(opened.db, "local"), opened.db);
      } finally {
        await opened.dispose();
      }
    }

    it("authenticates a created member key as its tenant", () =>
      withStore(async (store) => {
        const { key } = await store.create({
          kind: "member",
          name: "shop",
          corpNums: ["1234567890"],
          userId: "testkorea",
        });
        expect(key).toMatch(/^kb_local_[A-Za-z0-9]{32}$/);
        const tenant = await store.authenticate(key);
        expect(tenant).toMatchObject({
          kind: "member",
          corpNums: ["1234567890"],
          userId: "testkorea",
          stage: "local",
        });
      }));

    it(
      "keeps a key in use cached while unknown keys flood the cache past its bound",
      { timeout: 120_000 },
      () =>
        withStore(async (store) => {
          const { key, record } = await store.create({
            kind: "member",
            name: "m",
            corpNums: ["1234567890"],
          });
          await store.authenticate(key);
          for (let i = 0; i < 10_001; i++) {
            await store.authenticate(`kb_local_unknown${String(i).padStart(16, "0")}`);
            if (i === 9_000) await store.authenticate(key);
          }
          expect(store.cachedKeyIds()).toEqual([record.id]);
        }),
    );

    it("stores only a hash of the key", () =>
      withStore(async (store, db) => {
        const { key } = await store.create({ kind: "partner", name: "p", corpNums: [] });
        const rows = await db.selectFrom("apiKeys").selectAll().execute();
        expect(JSON.stringify(rows)).not.toContain(key.slice(9));
        expect(rows[0]?.keyHash).toBe(hashApiKey(key));
      }));

    it("rejects an unknown key and a revoked key", () =>
      withStore(async (store) => {
        const { key, record } = await store.create({
          kind: "member",
          name: "m",
          corpNums: ["1234567890"],
        });
        expect(await store.authenticate(key + "x")).toBeNull();
        expect(await store.revoke(record.id)).toBe(true);
        expect(await store.authenticate(key)).toBeNull();
        expect(await store.revoke(record.id)).toBe(false);
      }));

    it("reads revocations by another process from the database, and forgets them when told", () =>
      withStore(async (store, db) => {
        const one = await store.create({ kind: "member", name: "a", corpNums: ["1234567890"] });
        const two = await store.create({ kind: "member", name: "b", corpNums: ["1234567890"] });
        expect(await store.authenticate(one.key)).not.toBeNull();
        expect(await store.authenticate(two.key)).not.toBeNull();
        // Another process (the CLI) revokes through its own store.
        expect(await new ApiKeyStore(db, "local").revoke(one.record.id)).toBe(true);
        expect(await store.revokedAmong([one.record.id, two.record.id, "key_unknown"])).toEqual([
          one.record.id,
        ]);
        expect(await store.revokedAmong([])).toEqual([]);
        expect(await store.authenticate(one.key)).not.toBeNull(); // still cached
        expect(store.cachedKeyIds().sort()).toEqual([one.record.id, two.record.id].sort());
        store.forget([one.record.id]);
        expect(await store.authenticate(one.key)).toBeNull();
        expect(await store.authenticate(two.key)).not.toBeNull();
        expect(store.cachedKeyIds()).toEqual([two.record.id]);
      }));

    it("reads a key's current limits and revocation from the database, past the cache", () =>
      withStore(async (store, db) => {
        const { key, record } = await store.create({
          kind: "member",
          name: "a",
          corpNums: ["1234567890"],
        });
        expect(await store.authenticate(key)).not.toHaveProperty("limits");
        // Another process (the CLI) sets limits and then revokes, through its own store.
        const cli = new ApiKeyStore(db, "local");
        expect(await cli.setLimits(record.id, { opsPerSecond: 1, opsBurst: 2 })).toBe(true);
        expect(await store.authenticate(key)).not.toHaveProperty("limits"); // still cached
        expect(await store.current(record.id)).toMatchObject({
          keyId: record.id,
          limits: { opsPerSecond: 1, opsBurst: 2 },
        });
        expect(await new ApiKeyStore(db, "production").current(record.id)).toBeNull();
        expect(await store.current("key_unknown")).toBeNull();
        expect(await cli.revoke(record.id)).toBe(true);
        expect(await store.current(record.id)).toBeNull();
      }));

    it("does not accept a key of another stage", () =>
      withStore(async (store, db) => {
        const { key } = await store.create({ kind: "member", name: "m", corpNums: ["1234567890"] });
        expect(await new ApiKeyStore(db, "production").authenticate(key)).toBeNull();
      }));

    it("lists keys without secrets and seeds demo keys idempotently", () =>
      withStore(async (store) => {
        await store.ensure({
          kind: "member",
          name: "demo",
          corpNums: ["1234567890"],
          key: "kb_demo_member",
        });
        await store.ensure({
          kind: "member",
          name: "demo",
          corpNums: ["1234567890"],
          key: "kb_demo_member",
        });
        const list = await store.list();
        expect(list).toHaveLength(1);
        expect(list[0]).toMatchObject({ name: "demo", kind: "member", revokedAt: null });
        expect(JSON.stringify(list)).not.toContain("kb_demo_member");
      }));

    it("refuses a member key without corpNums and malformed corpNums", () =>
      withStore(async (store) => {
        await expect(store.create({ kind: "member", name: "m", corpNums: [] })).rejects.toThrow(
          /at least one/,
        );
        await expect(
          store.create({ kind: "member", name: "m", corpNums: ["123"] }),
        ).rejects.toThrow(/10 digits/);
      }));
  });
}
