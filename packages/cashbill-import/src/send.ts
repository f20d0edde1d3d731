import {
  BulkIssueCashbillsDocument,
  CashbillDocument,
  type KorbillClient,
  KorbillError,
} from "@korbill/client";
import { type Chunk, chunkSubmitId } from "./chunks.js";
import type { InputField } from "./columns.js";
import type { NormalizedRow } from "./normalize.js";
import type { Outcomes } from "./outcomes.js";
import type { Progress } from "./progress.js";
import type { Tracker } from "./tracker.js";

/** What sending needs besides the chunk. */
export interface SendContext {
  client: KorbillClient;
  corpNum: string;
  outcomes: Outcomes;
  tracker: Tracker;
  progress: Progress;
  /** The file's column name of a field, for errors the gateway reports. */
  columnName(field: InputField): string;
  /** Waits before retrying after a network failure (injectable for tests). */
  sleep(ms: number): Promise<void>;
  /** True once the operator asked to stop. */
  stopping(): boolean;
}

/** A failure that ends the run (the key was refused, the gateway stayed unreachable). */
class FatalSendError extends Error {
  override readonly name = "FatalSendError";
}

/** Codes after which the same SubmitID is sent again (the gateway reconciles a duplicate). */
const RETRYABLE = new Set([
  "NETWORK_ERROR",
  "BAD_RESPONSE",
  "INTERNAL_SERVER_ERROR",
  "UPSTREAM_UNAVAILABLE",
  "SERVICE_UNAVAILABLE",
]);
const BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Sends one chunk with `bulkIssueCashbills` until the gateway has recorded it:
 * - accepted: its rows are followed by the tracker;
 * - CONFLICT on the SubmitID: recorded by an earlier run, so it is followed, not resent;
 * - CONFLICT on mgtKeys, or BAD_USER_INPUT on some rows: those rows get their outcome (an
 *   mgtKey the gateway knows is looked up: an issued receipt counts as ISSUED), and the rest
 *   is sent as a new chunk whose SubmitID derives from what is left (so a re-run does the same);
 * - a network failure: the same SubmitID again after a backoff (safe: recorded means CONFLICT).
 */
export async function sendChunk(ctx: SendContext, chunk: Chunk): Promise<void> {
  let current = chunk;
  for (let round = 1; current.rows.length; round += 1) {
    const outcome = await sendOnce(ctx, current);
    if (outcome === "recorded") return;
    const left = current.rows.filter((r) => !outcome.has(r.rowNumber));
    const inputs = left.map((r) => r.input);
    current = {
      index: chunk.index,
      submitId: chunkSubmitId(ctx.corpNum, chunk.index, inputs, `retry${round}`),
      rows: left,
    };
  }
}

/** One bulk request; returns "recorded", or the rows that got an outcome instead. */
async function sendOnce(ctx: SendContext, chunk: Chunk): Promise<"recorded" | Set<number>> {
  const rows = new Map(chunk.rows.map((r) => [r.input.mgtKey, r.rowNumber]));
  for (let attempt = 0; ; attempt += 1) {
    // Followed before it is sent: its results may arrive before the mutation's answer.
    ctx.tracker.watch(chunk.submitId, rows);
    try {
      const { bulkIssueCashbills: bulk } = await ctx.client.request(BulkIssueCashbillsDocument, {
        submitId: chunk.submitId,
        cashbills: chunk.rows.map((r) => r.input),
        corpNum: ctx.corpNum,
      });
      const finished = bulk.state === "FAILED" || bulk.state === "COMPLETED";
      if (finished) ctx.tracker.pollSoon(chunk.submitId);
      ctx.progress.bulkSent({ ...describe(chunk), state: bulk.state });
      return "recorded";
    } catch (error) {
      if (!(error instanceof KorbillError)) throw error;
      if (error.code !== "CONFLICT" || error.errors[0]?.extensions.submitId === undefined) {
        ctx.tracker.forget(chunk.submitId);
      }
      const first = error.errors[0];
      if (error.code === "CONFLICT" && first?.extensions.submitId !== undefined) {
        ctx.tracker.pollSoon(chunk.submitId);
        ctx.progress.bulkSent({ ...describe(chunk), state: "RECORDED_EARLIER" });
        return "recorded";
      }
      if (error.code === "CONFLICT" && Array.isArray(first?.extensions.mgtKeys)) {
        return knownKeys(ctx, chunk, first.extensions.mgtKeys as string[]);
      }
      if (error.code === "BAD_USER_INPUT" && error.problems.length) {
        return refusedRows(ctx, chunk, error);
      }
      if (!RETRYABLE.has(error.code) && !(error.status !== undefined && error.status >= 500)) {
        throw new FatalSendError(
          `bulk ${chunk.index} (${chunk.submitId}): ${error.code}: ${error.message}`,
        );
      }
      const wait = BACKOFF_MS[attempt];
      if (wait === undefined || ctx.stopping()) {
        throw new FatalSendError(
          `bulk ${chunk.index} (${chunk.submitId}): ${error.message}; run the same command again to resume`,
        );
      }
      ctx.progress.info(
        "retry",
        `bulk ${chunk.index}: ${error.message}; sending again in ${wait} ms`,
        {
          index: chunk.index,
          submitId: chunk.submitId,
          code: error.code,
          waitMs: wait,
        },
      );
      await ctx.sleep(wait);
    }
  }
}

function describe(chunk: Chunk) {
  return { index: chunk.index, submitId: chunk.submitId, receipts: chunk.rows.length };
}

/** Rows whose mgtKey the gateway already knows: issued earlier, or refused earlier. */
async function knownKeys(ctx: SendContext, chunk: Chunk, mgtKeys: string[]): Promise<Set<number>> {
  const done = new Set<number>();
  const taken = new Set(mgtKeys);
  for (const row of chunk.rows.filter((r) => taken.has(r.input.mgtKey))) {
    done.add(row.rowNumber);
    const receipt = await lookUp(ctx, row.input.mgtKey);
    const issued =
      receipt && receipt.state !== "CANCELLED" && receipt.state !== "DRAFT" && receipt.confirmNum;
    ctx.outcomes.set(
      row.rowNumber,
      issued
        ? {
            status: "ISSUED",
            confirmNum: receipt.confirmNum ?? undefined,
            message: "issued earlier",
          }
        : {
            status: "REFUSED",
            code: "CONFLICT",
            message: `${ctx.columnName("mgtKey")} ${row.input.mgtKey} was already used (by a refused or unfinished receipt); give the row a new one`,
          },
    );
    ctx.progress.receipt({
      row: row.rowNumber,
      mgtKey: row.input.mgtKey,
      success: Boolean(issued),
    });
  }
  return done;
}

async function lookUp(ctx: SendContext, mgtKey: string) {
  try {
    return (await ctx.client.request(CashbillDocument, { mgtKey, corpNum: ctx.corpNum })).cashbill;
  } catch (error) {
    if (error instanceof KorbillError && error.code === "NOT_FOUND") return null;
    if (error instanceof KorbillError && error.code === "UPSTREAM_ERROR") return null;
    throw error;
  }
}

/** The rows the gateway's BAD_USER_INPUT names (`cashbills.N.field`), refused with its words. */
function refusedRows(ctx: SendContext, chunk: Chunk, error: KorbillError): Set<number> {
  const done = new Set<number>();
  const messages = new Map<NormalizedRow, string[]>();
  for (const problem of error.problems) {
    const m = /^cashbills\.(\d+)\.?(\w*)/.exec(problem.path);
    const row = m ? chunk.rows[Number(m[1])] : undefined;
    if (!row) continue;
    const column = m?.[2] ? ctx.columnName(m[2] as InputField) : "";
    messages.set(row, [...(messages.get(row) ?? []), `${column} ${problem.message}`.trim()]);
  }
  if (!messages.size) throw new FatalSendError(`bulk ${chunk.index}: ${error.message}`);
  for (const [row, list] of messages) {
    done.add(row.rowNumber);
    ctx.outcomes.set(row.rowNumber, {
      status: "INVALID",
      code: "BAD_USER_INPUT",
      message: list.join("; "),
    });
    ctx.progress.info(
      "invalid",
      `row ${row.rowNumber}: ${list.join("; ")} (refused by the gateway)`,
      {
        row: row.rowNumber,
        problems: list,
      },
    );
  }
  return done;
}
