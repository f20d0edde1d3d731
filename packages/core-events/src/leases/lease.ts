import type { Kysely } from "kysely";
import type { KorbillDatabase } from "../db/open.js";

interface Tables {
  leases: { name: string; owner: string; expiresAt: number };
}

/**
 * Database leases: background work named `name` runs on one instance at a time. A holder
 * renews before expiry; when it dies, another instance takes over once the lease expires.
 */
export class LeaseStore {
  private readonly db: Kysely<Tables>;

  constructor(
    database: KorbillDatabase,
    private readonly now: () => number = Date.now,
  ) {
    this.db = database.db as Kysely<Tables>;
  }

  /** Takes or renews the lease; true when `owner` holds it until now + ttlMs. */
  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const row = await this.db
      .insertInto("leases")
      .values({ name, owner, expiresAt: now + ttlMs })
      .onConflict((oc) =>
        oc
          .column("name")
          .doUpdateSet({ owner, expiresAt: now + ttlMs })
          .where((eb) => eb.or([eb("leases.expiresAt", "<", now), eb("leases.owner", "=", owner)])),
      )
      .returning("owner")
      .executeTakeFirst();
    return row?.owner === owner;
  }

  /** Gives the lease up if `owner` holds it. */
  async release(name: string, owner: string): Promise<void> {
    await this.db
      .deleteFrom("leases")
      .where("name", "=", name)
      .where("owner", "=", owner)
      .execute();
  }

  /** Who holds a lease now, if anyone. */
  async holder(name: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("leases")
      .selectAll()
      .where("name", "=", name)
      .executeTakeFirst();
    return row && Number(row.expiresAt) >= this.now() ? row.owner : null;
  }
}
