import type { KorbillMigration } from "@korbill/core-events";

/** The points tables as Kysely sees them (camelCase columns). */
export interface PointsTables {
  pointsBalances: {
    stage: string;
    corpNum: string;
    balance: number;
    lowThreshold: number;
    lowAlerted: number;
    updatedAt: number;
  };
}

/** The last balance seen per member, and its low-balance alert threshold. */
export const pointsMigrations: KorbillMigration[] = [
  {
    name: "points/0001-balances",
    async up(db) {
      await db.schema
        .createTable("points_balances")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("balance", "bigint", (c) => c.notNull())
        .addColumn("low_threshold", "bigint", (c) => c.notNull())
        .addColumn("low_alerted", "integer", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("points_balances_pk", ["stage", "corp_num"])
        .execute();
    },
  },
];
