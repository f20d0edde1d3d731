import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { InputError } from "@korbill/core-domain";
import { CorpNumArgs, corpNumFor } from "@korbill/core-tenancy/graphql";
import { selectedFields } from "@korbill/core-domain/graphql";
import type { ReceiptRow } from "../store/store.js";
import { listSubmissions, summarizeSubmissions } from "../store/store-history.js";
import { BulkState } from "./enums.js";
import type { CashbillContext } from "./context.js";
import { BulkDaySummary, BulkSubmissionPage } from "./history.type.js";
import { decodeHistoryCursor, encodeHistoryCursor, kstDayRange } from "./history-args.js";
import { toBulkSubmissionView } from "./views.js";

/** BulkSubmission fields computed from the submission's receipts. */
const FROM_RECEIPTS = new Set([
  "results",
  "successCount",
  "failCount",
  "filedCount",
  "filingFailedCount",
]);

/** Largest page and its default. */
const MAX_PAGE = 100;
const DEFAULT_PAGE = 50;

/** A summary as the resolver builds it (the points fields are resolved on demand). */
type SummaryRoot = Omit<BulkDaySummary, "unitCost" | "pointsSpent">;

/** Submission history from korbill's own records: pages of submissions and a day's totals. */
@Resolver(() => BulkDaySummary)
export class BulkHistoryResolver {
  @Authorized()
  @Query(() => BulkSubmissionPage, {
    description:
      "Bulk submissions recorded from `from` to `to` (Korea-time days yyyy-MM-dd, both included, at most 31 days), " +
      "newest first, `first` per page (default 50, at most 100) after the cursor `after`. " +
      "`state` keeps one state; `failuresOnly` keeps submissions that FAILED or have a refused receipt or a failed filing.",
  })
  async bulkSubmissions(
    @Ctx() ctx: CashbillContext,
    @Arg("from", () => String, { description: "First day (yyyy-MM-dd, Korea time)." })
    from: string,
    @Arg("to", () => String, { description: "Last day, included (yyyy-MM-dd, Korea time)." })
    to: string,
    @Arg("state", () => BulkState, { nullable: true, description: "Only this state." })
    state: BulkState | null | undefined,
    @Arg("failuresOnly", () => Boolean, {
      nullable: true,
      description: "Only submissions that FAILED or have a refused receipt or a failed filing.",
    })
    failuresOnly: boolean | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, 1 to 100)." })
    first: number | null | undefined,
    @Arg("after", () => String, {
      nullable: true,
      description: "The `endCursor` of the page before.",
    })
    after: string | null | undefined,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<BulkSubmissionPage> {
    const member = corpNumFor(ctx, corpNum);
    const range = kstDayRange(from, to, 31);
    const size = first ?? DEFAULT_PAGE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
      const message = `first must be 1 to ${MAX_PAGE}`;
      throw new InputError(message, [{ path: "first", message }]);
    }
    const cursor = after ? decodeHistoryCursor(after) : null;
    const page = await listSubmissions(ctx.cashbillStore, {
      corpNum: member,
      fromMs: range.fromMs,
      toMs: range.toMs,
      state: state ?? null,
      failuresOnly: failuresOnly ?? false,
      after: cursor,
      first: size,
    });
    const receipts = new Map<string, ReceiptRow[]>();
    if (page.rows.length && (!info || nodesSelectAny(info, FROM_RECEIPTS))) {
      for (const r of await receiptsOfMany(
        ctx,
        member,
        page.rows.map((s) => s.submitId),
      )) {
        if (r.submitId === null) continue;
        const list = receipts.get(r.submitId) ?? [];
        list.push(r);
        receipts.set(r.submitId, list);
      }
    }
    const last = page.rows.at(-1);
    return {
      nodes: page.rows.map((row) => toBulkSubmissionView(row, receipts.get(row.submitId) ?? [])),
      endCursor: last
        ? encodeHistoryCursor({ createdAt: Number(last.createdAt), submitId: last.submitId })
        : null,
      hasNextPage: page.hasNextPage,
    };
  }

  @Authorized()
  @Query(() => BulkDaySummary, {
    description:
      "One Korea-time day of bulk issuance from korbill's own records: submissions recorded that day by state, " +
      "receipts issued / refused / pending, amounts of the issued receipts, and points spent.",
  })
  async bulkDaySummary(
    @Ctx() ctx: CashbillContext,
    @Arg("date", () => String, { description: "The day (yyyy-MM-dd, Korea time)." })
    date: string,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<SummaryRoot> {
    const member = corpNumFor(ctx, corpNum);
    const range = kstDayRange(date, date, 1, "date");
    const s = await summarizeSubmissions(ctx.cashbillStore, member, range.fromMs, range.toMs);
    return { date, corpNum: member, ...s };
  }

  @FieldResolver(() => Number, { nullable: true })
  async unitCost(@Root() root: SummaryRoot, @Ctx() ctx: CashbillContext): Promise<number | null> {
    return unitCostOf(ctx, root.corpNum);
  }

  @FieldResolver(() => Number, { nullable: true })
  async pointsSpent(
    @Root() root: SummaryRoot,
    @Ctx() ctx: CashbillContext,
  ): Promise<number | null> {
    if (root.issued === 0) return 0;
    const cost = await unitCostOf(ctx, root.corpNum);
    return cost === null ? null : cost * root.issued;
  }
}

/** The member's points per receipt, asked once per request. */
function unitCostOf(ctx: CashbillContext, corpNum: string): Promise<number | null> {
  const cache = ((
    ctx as { historyUnitCosts?: Map<string, Promise<number | null>> }
  ).historyUnitCosts ??= new Map<string, Promise<number | null>>());
  let cost = cache.get(corpNum);
  if (!cost) {
    cost = ctx.cashbill.getUnitCost(corpNum).then((reply) => {
      const n = Number(reply.unitCost);
      return reply.unitCost === "" || !Number.isFinite(n) ? null : n;
    });
    cache.set(corpNum, cost);
  }
  return cost;
}

/** Receipts of several submissions of one member, in one query. */
function receiptsOfMany(
  ctx: CashbillContext,
  corpNum: string,
  submitIds: string[],
): Promise<ReceiptRow[]> {
  const store = ctx.cashbillStore;
  return store.db
    .selectFrom("cashbillReceipts")
    .selectAll()
    .where("stage", "=", store.stage)
    .where("corpNum", "=", corpNum)
    .where("submitId", "in", submitIds)
    .orderBy("submitId")
    .orderBy("mgtKey")
    .execute();
}

/** Whether the operation asks for any of `names` under `nodes` of the page. */
function nodesSelectAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const fragment = (name: string) => info.fragments[name];
  for (const node of info.fieldNodes) {
    if (!node.selectionSet) continue;
    for (const field of selectedFields(node.selectionSet, fragment)) {
      if (field.name.value !== "nodes" || !field.selectionSet) continue;
      for (const sub of selectedFields(field.selectionSet, fragment))
        if (names.has(sub.name.value)) return true;
    }
  }
  return false;
}
