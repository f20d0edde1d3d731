import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { InputError } from "@korbill/core-domain";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  corpNumFor,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import { MAX_GET_INFOS } from "../client/client.js";
import {
  toCashbillView,
  toChargeInfo,
  toIssueResult,
  toSearchResult,
  toUnitCost,
} from "../map/from-wire.js";
import { toSearchQuery, toWireCashbill, toWireRevoke } from "../map/to-wire.js";
import {
  CASHBILL_LIMITS,
  validateCashbill,
  validateRevoke,
  validateSearch,
} from "../validate/index.js";
import { Cashbill, IssueResult } from "./cashbill.type.js";
import { ChargeInfo, UnitCost } from "./charge.type.js";
import { CashbillInput } from "./cashbill.input.js";
import type { CashbillContext } from "./context.js";
import { issueOnce } from "./issue.js";
import { RevokeCashbillInput } from "./revoke.input.js";
import { CashbillSearchInput } from "./search.input.js";
import { CashbillSearchResult } from "./search.type.js";

/** Single receipts: issue, revoke, look up, search. Thin: validate, call, map. */
@Resolver()
export class CashbillResolver {
  @Authorized()
  @Query(() => Cashbill, {
    nullable: true,
    description: "One cash receipt by your document number (null when POPBiLL has none).",
  })
  async cashbill(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<Cashbill | null> {
    const info = await ctx.cashbillInfo.load({
      corpNum: corpNumFor(ctx, corpNum),
      mgtKey: checkKey(mgtKey, "mgtKey"),
    });
    return info ? toCashbillView(info) : null;
  }

  @Authorized()
  @Query(() => [Cashbill], {
    description: `Several receipts at once (up to ${MAX_GET_INFOS}), fetched in one POPBiLL call; unknown keys are left out.`,
  })
  async cashbills(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKeys", () => [String]) mgtKeys: string[],
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<Cashbill[]> {
    if (mgtKeys.length > MAX_GET_INFOS)
      throw new InputError(`at most ${MAX_GET_INFOS} mgtKeys per query`, [
        { path: "mgtKeys", message: `more than ${MAX_GET_INFOS}` },
      ]);
    const member = corpNumFor(ctx, corpNum);
    const infos = await ctx.cashbillInfo.loadMany(
      mgtKeys.map((k, i) => ({ corpNum: member, mgtKey: checkKey(k, `mgtKeys.${i}`) })),
    );
    return infos.flatMap((info) => {
      if (info instanceof Error) throw info;
      return info ? [toCashbillView(info)] : [];
    });
  }

  @Authorized()
  @Query(() => CashbillSearchResult, {
    description: "Searches issued receipts (POPBiLL Search), paged with POPBiLL's totals.",
  })
  async searchCashbills(
    @Ctx() ctx: CashbillContext,
    @Arg("input", () => CashbillSearchInput) input: CashbillSearchInput,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<CashbillSearchResult> {
    const member = corpNumFor(ctx, corpNum);
    validateSearch(input, "input");
    return toSearchResult(await ctx.cashbill.search(member, toSearchQuery(input)));
  }

  @Authorized()
  @Query(() => UnitCost, { description: "Points charged per issued cash receipt." })
  async cashbillUnitCost(
    @Ctx() ctx: CashbillContext,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<UnitCost> {
    return toUnitCost(await ctx.cashbill.getUnitCost(corpNumFor(ctx, corpNum)));
  }

  @Authorized()
  @Query(() => ChargeInfo, { description: "How cash receipts are charged for this member." })
  async cashbillChargeInfo(
    @Ctx() ctx: CashbillContext,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<ChargeInfo> {
    return toChargeInfo(await ctx.cashbill.getChargeInfo(corpNumFor(ctx, corpNum)));
  }

  @Authorized()
  @Mutation(() => IssueResult, {
    description:
      "Issues one cash receipt now (RegistIssue). The mgtKey is the idempotency key: sending the same request again (e.g. after a network failure) never issues twice and answers the same result; other content under a used mgtKey (in any letter case) is CONFLICT and is not sent.",
  })
  async issueCashbill(
    @Ctx() ctx: CashbillContext,
    @Arg("input", () => CashbillInput) input: CashbillInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId: userIdArg }: CorpNumUserIdArgs,
  ): Promise<IssueResult> {
    const member = corpNumFor(ctx, corpNum);
    validateCashbill(input, "input", { now: ctx.now() });
    const wire = toWireCashbill(input, member);
    const userId = userIdFor(ctx, userIdArg);
    const reply = await issueOnce(ctx, member, { kind: "issue", wire }, () =>
      ctx.cashbill.registIssue(member, wire, { userId }),
    );
    return toIssueResult(wire.mgtKey, reply);
  }

  @Authorized()
  @Mutation(() => IssueResult, {
    description:
      "Issues a cancel receipt for an issued one (RevokeRegistIssue): full, or partial with `partial` amounts.",
  })
  async revokeCashbill(
    @Ctx() ctx: CashbillContext,
    @Arg("input", () => RevokeCashbillInput) input: RevokeCashbillInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId: userIdArg }: CorpNumUserIdArgs,
  ): Promise<IssueResult> {
    const member = corpNumFor(ctx, corpNum);
    validateRevoke(input, "input", { now: ctx.now() });
    const wire = toWireRevoke(input);
    const userId = userIdFor(ctx, userIdArg);
    const reply = await issueOnce(ctx, member, { kind: "revoke", wire }, () =>
      ctx.cashbill.revokeRegistIssue(member, wire, userId),
    );
    return toIssueResult(wire.mgtKey, reply);
  }
}

function checkKey(mgtKey: string, path: string): string {
  if (!CASHBILL_LIMITS.mgtKey.test(mgtKey))
    throw new InputError(`${path} must be 1-24 of A-Z a-z 0-9 _ -`, [
      { path, message: "bad mgtKey" },
    ]);
  return mgtKey;
}
