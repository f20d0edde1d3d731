import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { CorpNumUserIdArgs, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import { toAccountHolder, toAccountVerification } from "../map/member-views.js";
import { toAccountArgs, toVerificationArgs } from "../map/to-wire.js";
import { validateAccount, validateAccountVerification } from "../validate/index.js";
import {
  AccountHolderCheck,
  AccountHolderCheckInput,
  AccountHolderVerification,
  AccountHolderVerificationInput,
} from "./account-check.type.js";
import type { PointsContext } from "./context.js";

/** 예금주조회: each check costs points, hence mutations. */
@Resolver()
export class AccountCheckResolver {
  @Authorized()
  @Mutation(() => AccountHolderCheck, {
    description:
      "Looks up the holder's name of a bank account (CheckAccountInfo, 예금주 성명조회). Costs points (see points.unitCost(service: ACCOUNT_CHECK_NAME)).",
  })
  async checkAccountHolder(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => AccountHolderCheckInput) input: AccountHolderCheckInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<AccountHolderCheck> {
    const member = corpNumFor(ctx, corpNum);
    validateAccount(input);
    const { bankCode, accountNumber } = toAccountArgs(input);
    return toAccountHolder(
      await ctx.points.checkAccountInfo(member, bankCode, accountNumber, userIdFor(ctx, userId)),
    );
  }

  @Authorized()
  @Mutation(() => AccountHolderVerification, {
    description:
      "Checks that a bank account belongs to a person (birth date) or business (BRN) (CheckDepositorInfo, 예금주 실명조회). Costs points.",
  })
  async verifyAccountHolder(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => AccountHolderVerificationInput) input: AccountHolderVerificationInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<AccountHolderVerification> {
    const member = corpNumFor(ctx, corpNum);
    validateAccountVerification(input);
    const a = toVerificationArgs(input);
    const reply = await ctx.points.checkDepositorInfo(
      member,
      a.bankCode,
      a.accountNumber,
      a.identityNumType,
      a.identityNum,
      userIdFor(ctx, userId),
    );
    return toAccountVerification(reply);
  }
}
