import { sql } from "kysely";
import type { KorbillMigration } from "@korbill/core-events";

/** Durable bulk submissions and per-receipt outcomes (the worker's source of truth). */
export const cashbillMigrations: KorbillMigration[] = [
  {
    name: "cashbill/0001-submissions",
    async up(db) {
      await db.schema
        .createTable("cashbill_submissions")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("submit_id", "text", (c) => c.notNull())
        .addColumn("key_id", "text", (c) => c.notNull())
        .addColumn("user_id", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("digest", "text", (c) => c.notNull())
        .addColumn("submit_count", "integer", (c) => c.notNull())
        .addColumn("receipt_id", "text")
        .addColumn("tx_state", "integer")
        .addColumn("success_count", "integer")
        .addColumn("fail_count", "integer")
        .addColumn("error_code", "bigint")
        .addColumn("error_message", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_check_at", "bigint", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addColumn("completed_at", "bigint")
        .addPrimaryKeyConstraint("cashbill_submissions_pk", ["stage", "corp_num", "submit_id"])
        .execute();
      await db.schema
        .createIndex("cashbill_submissions_due")
        .on("cashbill_submissions")
        .columns(["stage", "state", "next_check_at"])
        .execute();
      await db.schema
        .createTable("cashbill_receipts")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("mgt_key", "text", (c) => c.notNull())
        .addColumn("submit_id", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("code", "bigint")
        .addColumn("message", "text")
        .addColumn("confirm_num", "text")
        .addColumn("trade_date", "text")
        .addColumn("issue_dt", "text")
        .addColumn("nts_result_code", "text")
        .addColumn("nts_result_message", "text")
        .addColumn("nts_at", "bigint")
        .addColumn("next_nts_check_at", "bigint")
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("cashbill_receipts_pk", ["stage", "corp_num", "mgt_key"])
        .execute();
      await db.schema
        .createIndex("cashbill_receipts_submission")
        .on("cashbill_receipts")
        .columns(["stage", "corp_num", "submit_id"])
        .execute();
      await db.schema
        .createIndex("cashbill_receipts_nts_due")
        .on("cashbill_receipts")
        .columns(["stage", "state", "next_nts_check_at"])
        .execute();
      await db.schema
        .createTable("popbill_webhook_messages")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("mid", "text", (c) => c.notNull())
        .addColumn("received_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("popbill_webhook_messages_pk", ["stage", "mid"])
        .execute();
    },
  },
  {
    // A submission's receipts are listed in mgtKey order. With the index on (stage, corpNum,
    // submitId) alone, SQLite chose the primary key to skip the sort and read every receipt
    // of the member (1.3 ms per listing at 30,000 receipts, growing with the table; 0.1 ms
    // with this index whatever the size). PostgreSQL uses it the same way.
    name: "cashbill/0002-receipts-by-submission-in-order",
    async up(db) {
      await db.schema.dropIndex("cashbill_receipts_submission").execute();
      await db.schema
        .createIndex("cashbill_receipts_submission")
        .on("cashbill_receipts")
        .columns(["stage", "corp_num", "submit_id", "mgt_key"])
        .execute();
    },
  },
  {
    // The exact bytes of a bulk (tens of KB for 100 receipts) lived in its submission row, so
    // every state change rewrote them: updating a submission cost ~1 ms on SQLite (its
    // overflow pages copied into the WAL), as did reading one. They are written once and read
    // only to resend, so they now have a table of their own.
    name: "cashbill/0003-submission-bodies",
    async up(db) {
      await db.schema
        .createTable("cashbill_submission_bodies")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("submit_id", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("cashbill_submission_bodies_pk", [
          "stage",
          "corp_num",
          "submit_id",
        ])
        .execute();
      await sql`insert into cashbill_submission_bodies (stage, corp_num, submit_id, body)
        select stage, corp_num, submit_id, body from cashbill_submissions`.execute(db);
      await db.schema.alterTable("cashbill_submissions").dropColumn("body").execute();
    },
  },
  {
    // A single receipt (issueCashbill / revokeCashbill) records a digest of exactly what it
    // sends, under the mgtKey's primary key, before sending: a request that collides with it
    // is answered by comparing digests (same content: a retry; other content: CONFLICT, and
    // nothing is sent). Rows from before have none and keep their old handling.
    name: "cashbill/0004-single-receipt-digest",
    async up(db) {
      await db.schema.alterTable("cashbill_receipts").addColumn("request_digest", "text").execute();
    },
  },
  {
    // mgtKeys and SubmitIDs are unique per member without regard to case (see `foldKey`). A
    // case-insensitive unique index on the receipts themselves would fail on databases that
    // already hold both "dupc" and "DUPC" (accepted before this rule), so the folded keys get a
    // table of their own, filled once with the distinct folded keys already in use.
    name: "cashbill/0005-case-folded-keys",
    async up(db) {
      await db.schema
        .createTable("cashbill_keys")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("folded", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("cashbill_keys_pk", ["stage", "corp_num", "kind", "folded"])
        .execute();
      await sql`insert into cashbill_keys (stage, corp_num, kind, folded)
        select distinct stage, corp_num, 'mgtKey', upper(mgt_key) from cashbill_receipts`.execute(
        db,
      );
      await sql`insert into cashbill_keys (stage, corp_num, kind, folded)
        select distinct stage, corp_num, 'submitId', upper(submit_id) from cashbill_submissions`.execute(
        db,
      );
    },
  },
  {
    // Two GetBulkResult calls of one submission are never closer than 2 s (POPBiLL's advice),
    // whichever instance sends them: the time of the last one is kept with the submission.
    name: "cashbill/0006-submission-last-poll",
    async up(db) {
      await db.schema
        .alterTable("cashbill_submissions")
        .addColumn("last_poll_at", "bigint")
        .execute();
    },
  },
  {
    // Submission history (`bulkSubmissions`, `bulkDaySummary`) reads one member's submissions
    // in a time window, newest first; without this index that was a scan of every submission
    // of the stage.
    name: "cashbill/0007-submissions-by-member-time",
    async up(db) {
      await db.schema
        .createIndex("cashbill_submissions_history")
        .on("cashbill_submissions")
        .columns(["stage", "corp_num", "created_at", "submit_id"])
        .execute();
    },
  },
];
