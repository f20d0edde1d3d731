import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "../testing/index.js";
import { isUniqueViolation } from "./errors.js";

describe.each(await testEngines())("isUniqueViolation on %s", (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  afterEach(() => opened?.dispose());

  it("tells a duplicate key (primary or unique) from other failures", async () => {
    opened = await openTestDatabase(engine, []);
    const db = opened.db;
    await sql`create table t (id text primary key, u text unique, n integer not null)`.execute(db);
    await sql`insert into t (id, u, n) values ('a', 'x', 1)`.execute(db);
    const failure = (q: ReturnType<typeof sql>) =>
      q.execute(db).then(
        () => null,
        (e: unknown) => e,
      );
    expect(
      isUniqueViolation(await failure(sql`insert into t (id, u, n) values ('a', 'y', 1)`)),
    ).toBe(true);
    expect(
      isUniqueViolation(await failure(sql`insert into t (id, u, n) values ('b', 'x', 1)`)),
    ).toBe(true);
    const notNull = await failure(sql`insert into t (id, u, n) values ('c', 'z', null)`);
    expect(notNull).not.toBeNull();
    expect(isUniqueViolation(notNull)).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
