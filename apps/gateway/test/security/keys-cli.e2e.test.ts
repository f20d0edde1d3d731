import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyMigrations } from "@korbill/core-tenancy";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { GATEWAY_MIGRATIONS } from "../../src/migrations.js";
import { type TestGateway, startTestGateway } from "../harness.js";
import { createdKey, runCliProcess } from "../cli-process.js";
import { isolatedDatabase, waitFor } from "./shared-database.js";

const VIEWER = "{ viewer { keyId tenant kind corpNums stage } }";
/** Upstream credentials blanked: the CLI needs only the database. */
const NO_UPSTREAM = {
  POPBILL_LINK_ID: "",
  POPBILL_SECRET_KEY: "",
  IAMPORT_IMP_KEY: "",
  IAMPORT_IMP_SECRET: "",
};

for (const engine of await testEngines()) {
  describe(`korbill keys CLI beside a running gateway on ${engine}`, () => {
    const database = isolatedDatabase(engine);
    let gateway: TestGateway;
    const cliEnv = { KORBILL_STAGE: "local", ...database.env };

    beforeAll(async () => {
      gateway = await startTestGateway(database.env);
    }, 60_000);
    afterAll(async () => {
      await gateway?.close();
      await database.drop();
    });

    it("creates a key that works over HTTP at once, lists it, and revokes it (then 401)", async () => {
      const created = await runCliProcess(
        ["keys", "create", "--name", "shop A", "--kind", "member", "--corp", "123-45-67890"],
        cliEnv,
      );
      const { id, key } = createdKey(created);
      expect(key).toMatch(/^kb_local_/);

      const viewer = await gateway.gql(VIEWER, {}, key);
      expect(viewer.status).toBe(200);
      expect(viewer.body.data?.viewer).toEqual({
        keyId: id,
        tenant: "shop A",
        kind: "MEMBER",
        corpNums: ["1234567890"],
        stage: "local",
      });

      const listed = await runCliProcess(["keys", "list"], cliEnv);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`${id} .*1234567890 +shop A +\\(active\\)`));
      expect(listed.stdout).not.toContain(key);

      const revoked = await runCliProcess(["keys", "revoke", id], cliEnv);
      expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${id}\n` });
      await waitFor(async () => (await gateway.gql(VIEWER, {}, key)).status === 401, 30_000);
      const refused = await gateway.gql(VIEWER, {}, key);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

      const after = await runCliProcess(["keys", "list"], cliEnv);
      expect(after.stdout).toMatch(new RegExp(`${id} .*\\(revoked \\d{4}-`));
      expect((await runCliProcess(["keys", "revoke", id], cliEnv)).code).toBe(1);
    }, 90_000);
  });

  describe(`korbill keys CLI in the production stage on ${engine}`, () => {
    const database = isolatedDatabase(engine);
    let gateway: TestGateway;

    beforeAll(async () => {
      // A production gateway needs partner credentials; nothing here calls upstream.
      gateway = await startTestGateway({
        ...database.env,
        KORBILL_STAGE: "production",
        POPBILL_LINK_ID: "TESTER",
        POPBILL_SECRET_KEY: "c2VjcmV0",
      });
    }, 60_000);
    afterAll(async () => {
      await gateway?.close();
      await database.drop();
    });

    it("manages keys with only the database settings, no upstream credentials", async () => {
      const env = { KORBILL_STAGE: "production", ...database.env, ...NO_UPSTREAM };
      const { id, key } = createdKey(
        await runCliProcess(["keys", "create", "--name", "backend", "--kind", "partner"], env),
      );
      expect(key).toMatch(/^kb_production_/);
      const viewer = await gateway.gql(VIEWER, {}, key);
      expect(viewer.body.data?.viewer).toMatchObject({ keyId: id, kind: "PARTNER" });
      const listed = await runCliProcess(["keys", "list"], env);
      expect(listed).toMatchObject({ code: 0 });
      expect(listed.stdout).toContain(id);
    }, 90_000);
  });

  describe(`korbill keys CLI on a database of another korbill version (${engine})`, () => {
    function urlEnv(config: { engine: string; location: string; schema?: string }) {
      return config.engine === "postgres"
        ? { KORBILL_DATABASE_URL: config.location, KORBILL_DATABASE_SCHEMA: config.schema! }
        : { KORBILL_DATABASE_URL: `sqlite:${config.location}`, KORBILL_DATABASE_SCHEMA: "" };
    }

    it("refuses a database migrated by a newer korbill with a message saying so", async () => {
      const newer = await openTestDatabase(engine, GATEWAY_MIGRATIONS);
      try {
        await newer.db
          .insertInto("korbillMigrations")
          .values({ name: "zz-future/0001-later", timestamp: new Date().toISOString() })
          .execute();
        const run = await runCliProcess(["keys", "list"], {
          KORBILL_STAGE: "local",
          ...urlEnv(newer.config),
        });
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/newer korbill/);
        expect(run.stderr).toContain("zz-future/0001-later");
        expect(run.stderr).not.toMatch(/corrupted migrations|\bat .*\.js:\d+/);
      } finally {
        await newer.dispose();
      }
    }, 60_000);

    it("brings a database of an older korbill up to date and then manages keys", async () => {
      const older = await openTestDatabase(engine, apiKeyMigrations);
      try {
        const env = { KORBILL_STAGE: "local", ...urlEnv(older.config) };
        createdKey(
          await runCliProcess(["keys", "create", "--name", "p", "--kind", "partner"], env),
        );
        const rows: { name: string }[] = await older.db
          .selectFrom("korbillMigrations")
          .select("name")
          .execute();
        expect(rows.map((r) => r.name).sort()).toEqual(
          GATEWAY_MIGRATIONS.map((m) => m.name).sort(),
        );
      } finally {
        await older.dispose();
      }
    }, 60_000);
  });
}
