import { ManualClock } from "@korbill/core-domain";
import { EventLog, coreEventsMigrations, createMemoryBus } from "@korbill/core-events";
import { openTestDatabase } from "@korbill/core-events/testing";
import type { DatabaseEngine } from "@korbill/core-events";
import { FakeIamport } from "./fake-iamport.js";
import type { CardData } from "../map/inputs.js";
import { billingMigrations } from "../store/migrations.js";
import { createBillingServices } from "../services.js";
import type { Owner } from "../store/store.js";

/** 2025-01-01T00:00:00Z, the protocol vectors' clock (09:00 KST). */
export const NOW = 1_735_689_600_000;
/** Member A and member B, acting through their own API keys. */
export const A: Owner = { corpNum: "1234567890", keyId: "key_a" };
export const B: Owner = { corpNum: "6798700433", keyId: "key_b" };
/** A Luhn-valid test card (the protocol vector's 1234-5678-9012-3456 fails Luhn). */
export const CARD: CardData = {
  number: "4111-1111-1111-1111",
  expiry: "2030-12",
  birth: "900101",
  pinPrefix: "12",
};
/** Values of CARD that must never be stored or echoed. */
export const CARD_SECRETS = ["4111111111111111", "4111-1111-1111-1111", "2030-12"];

/** A database, an event log, the fake i'mport and the billing services on them. */
export async function openHarness(engine: DatabaseEngine) {
  const database = await openTestDatabase(engine, [...coreEventsMigrations, ...billingMigrations]);
  const clock = new ManualClock(NOW);
  const now = () => clock.now();
  const fake = new FakeIamport(now);
  const events = new EventLog(database, "local", createMemoryBus(), now);
  const services = createBillingServices({
    iamport: fake,
    db: database.db,
    events,
    now,
    noticeUrl: "https://korbill.example/webhooks/iamport",
  });
  return { database, clock, fake, events, ...services, dispose: () => database.dispose() };
}

/** The harness's type. */
export type Harness = Awaited<ReturnType<typeof openHarness>>;
