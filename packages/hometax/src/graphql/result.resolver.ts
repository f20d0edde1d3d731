import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { CorpNumUserIdArgs, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import type { ResultCaller } from "../service/results.js";
import {
  toCashbillPage,
  toCashbillSummary,
  toTaxinvoicePage,
  toTaxinvoiceSummary,
} from "../map/from-wire.js";
import { HOMETAX_LIMITS } from "../validate/rules.js";
import type { HometaxContext } from "./context.js";
import { requestJobReads } from "./request-jobs.js";
import { jobIdArgDoc } from "./docs.js";
import { HometaxSortOrder } from "./enums.js";
import { HometaxCashbillFilter, HometaxTaxinvoiceFilter } from "./result.input.js";
import {
  HometaxCashbillPage,
  HometaxCashbillSummary,
  HometaxTaxinvoicePage,
  HometaxTaxinvoiceSummary,
} from "./result.type.js";

const pageArg = { nullable: true, defaultValue: 1, description: "1-based page number." } as const;
const perPageArg = {
  nullable: true,
  defaultValue: HOMETAX_LIMITS.defaultPerPage,
  description: `Results per page, 1 to ${HOMETAX_LIMITS.maxPerPage} (default ${HOMETAX_LIMITS.defaultPerPage}).`,
} as const;
const orderArg = { nullable: true, description: "Default DESCENDING." } as const;
const NOT_READY =
  "The job must be the member's, COMPLETED and not EXPIRED: otherwise NOT_FOUND (unknown or expired), CONFLICT " +
  "(still crawling) or the crawl's own UPSTREAM_ERROR (e.g. -11100001 Failed login HomeTax), with nothing sent.";

function caller(
  ctx: HometaxContext,
  corpNum?: string | null,
  userId?: string | null,
): ResultCaller {
  return {
    corpNum: corpNumFor(ctx, corpNum),
    userId: userIdFor(ctx, userId) ?? null,
    jobs: requestJobReads(ctx),
  };
}

/** Search and summary of finished crawls. */
@Resolver()
export class HometaxResultResolver {
  @Authorized()
  @Query(() => HometaxCashbillPage, {
    description: `One page of a cash-receipt crawl's results. ${NOT_READY}`,
  })
  async hometaxCashbills(
    @Ctx() ctx: HometaxContext,
    @Arg("jobId", () => String, { description: jobIdArgDoc }) jobId: string,
    @Arg("filters", () => HometaxCashbillFilter, { nullable: true })
    filters: HometaxCashbillFilter | undefined,
    @Arg("page", () => Int, pageArg) page: number | undefined,
    @Arg("perPage", () => Int, perPageArg) perPage: number | undefined,
    @Arg("order", () => HometaxSortOrder, orderArg) order: HometaxSortOrder | undefined,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxCashbillPage> {
    const reply = await ctx.hometaxResults.cashbills(caller(ctx, corpNum, userId), jobId, filters, {
      page: page ?? null,
      perPage: perPage ?? null,
      order: order ?? null,
    });
    return toCashbillPage(jobId, reply);
  }

  @Authorized()
  @Query(() => HometaxCashbillSummary, {
    description: `Totals of a cash-receipt crawl's results. ${NOT_READY}`,
  })
  async hometaxCashbillSummary(
    @Ctx() ctx: HometaxContext,
    @Arg("jobId", () => String, { description: jobIdArgDoc }) jobId: string,
    @Arg("filters", () => HometaxCashbillFilter, { nullable: true })
    filters: HometaxCashbillFilter | undefined,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxCashbillSummary> {
    return toCashbillSummary(
      jobId,
      await ctx.hometaxResults.cashbillSummary(caller(ctx, corpNum, userId), jobId, filters),
    );
  }

  @Authorized()
  @Query(() => HometaxTaxinvoicePage, {
    description: `One page of a tax-invoice crawl's results. ${NOT_READY}`,
  })
  async hometaxTaxinvoices(
    @Ctx() ctx: HometaxContext,
    @Arg("jobId", () => String, { description: jobIdArgDoc }) jobId: string,
    @Arg("filters", () => HometaxTaxinvoiceFilter, { nullable: true })
    filters: HometaxTaxinvoiceFilter | undefined,
    @Arg("page", () => Int, pageArg) page: number | undefined,
    @Arg("perPage", () => Int, perPageArg) perPage: number | undefined,
    @Arg("order", () => HometaxSortOrder, orderArg) order: HometaxSortOrder | undefined,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxTaxinvoicePage> {
    const reply = await ctx.hometaxResults.taxinvoices(
      caller(ctx, corpNum, userId),
      jobId,
      filters,
      {
        page: page ?? null,
        perPage: perPage ?? null,
        order: order ?? null,
      },
    );
    return toTaxinvoicePage(jobId, reply);
  }

  @Authorized()
  @Query(() => HometaxTaxinvoiceSummary, {
    description: `Totals of a tax-invoice crawl's results. ${NOT_READY}`,
  })
  async hometaxTaxinvoiceSummary(
    @Ctx() ctx: HometaxContext,
    @Arg("jobId", () => String, { description: jobIdArgDoc }) jobId: string,
    @Arg("filters", () => HometaxTaxinvoiceFilter, { nullable: true })
    filters: HometaxTaxinvoiceFilter | undefined,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxTaxinvoiceSummary> {
    return toTaxinvoiceSummary(
      jobId,
      await ctx.hometaxResults.taxinvoiceSummary(caller(ctx, corpNum, userId), jobId, filters),
    );
  }
}
