import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { BalanceStore } from "./balances.js";
import { pointsMigrations } from "./migrations.js";

const CORP = "1234567890";

describe.each(await testEngines())("BalanceStore on %s", (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: BalanceStore;

  beforeEach(async () => {
    opened = await openTestDatabase(engine, pointsMigrations);
    store = new BalanceStore(opened.db, "local");
  });
  afterEach(() => opened.dispose());

  it("inserts a member's first balance once, however many insert it", async () => {
    const first = await Promise.all([
      store.insertFirst(CORP, 1000, 500, 1),
      store.insertFirst(CORP, 1000, 500, 1),
    ]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await store.row(CORP)).toMatchObject({
      balance: 1000,
      lowThreshold: 500,
      lowAlerted: false,
    });
  });

  it("moves the balance only from the value the caller saw", async () => {
    await store.insertFirst(CORP, 1000, 500, 1);
    expect(await store.replaceBalance(CORP, 1000, 900, 2)).toBe(true);
    expect(await store.replaceBalance(CORP, 1000, 800, 3)).toBe(false);
    expect(Number((await store.row(CORP))?.balance)).toBe(900);
  });

  it("flips the low-balance flag only from the state the caller saw", async () => {
    await store.insertFirst(CORP, 100, 500, 1);
    expect(await store.flipLowAlerted(CORP, false, true)).toBe(true);
    expect(await store.flipLowAlerted(CORP, false, true)).toBe(false);
    await store.setThreshold(CORP, 50);
    expect(await store.row(CORP)).toMatchObject({ lowThreshold: 50, lowAlerted: false });
  });

  it("keeps stages apart", async () => {
    await store.insertFirst(CORP, 1000, 500, 1);
    expect(await new BalanceStore(opened.db, "test").row(CORP)).toBeUndefined();
  });
});
