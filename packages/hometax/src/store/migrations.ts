import type { KorbillMigration } from "@korbill/core-events";

/** Durable crawl jobs: the job worker's source of truth and the tenant-ownership record. */
export const hometaxMigrations: KorbillMigration[] = [
  {
    name: "hometax/0001-jobs",
    async up(db) {
      await db.schema
        .createTable("hometax_jobs")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("job_id", "text", (c) => c.notNull())
        .addColumn("service", "text", (c) => c.notNull())
        .addColumn("direction", "text", (c) => c.notNull())
        .addColumn("date_type", "text")
        .addColumn("from_date", "text", (c) => c.notNull())
        .addColumn("to_date", "text", (c) => c.notNull())
        .addColumn("key_id", "text", (c) => c.notNull())
        .addColumn("user_id", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("job_state", "integer")
        .addColumn("error_code", "bigint")
        .addColumn("error_reason", "text")
        .addColumn("collect_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("job_start_dt", "text")
        .addColumn("job_end_dt", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("requested_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("next_check_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addColumn("finished_at", "bigint")
        .addPrimaryKeyConstraint("hometax_jobs_pk", ["stage", "corp_num", "job_id"])
        .execute();
      await db.schema
        .createIndex("hometax_jobs_due")
        .on("hometax_jobs")
        .columns(["stage", "state", "next_check_at"])
        .execute();
    },
  },
];
