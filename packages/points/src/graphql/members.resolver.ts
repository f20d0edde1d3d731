import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { CorpNumUserIdArgs, Role, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import {
  toContact,
  toCorpInfoView,
  toIdCheck,
  toMemberCheck,
  toResult,
} from "../map/member-views.js";
import { stripDashes, toContactForm, toCorpInfo, toJoinForm } from "../map/to-wire.js";
import {
  validateBrn,
  validateContact,
  validateCorpInfo,
  validateJoinMember,
  validateNewContact,
  validatePopbillId,
} from "../validate/index.js";
import type { PointsContext } from "./context.js";
import {
  JoinPopbillMemberInput,
  MemberContactInput,
  MemberCorpInfoInput,
  NewMemberContactInput,
} from "./member.input.js";
import {
  MemberContact,
  MemberCorpInfo,
  MemberOperationResult,
  PopbillIdCheck,
  PopbillMemberCheck,
} from "./member.type.js";

/**
 * Member onboarding and member data, for partner keys only. Passwords go to POPBiLL and
 * nowhere else: validation messages never contain them and nothing here logs inputs.
 */
@Resolver()
export class MembersResolver {
  @Authorized(Role.PARTNER)
  @Query(() => PopbillMemberCheck, {
    description: "Whether a business is already a POPBiLL member (CheckIsMember).",
  })
  async popbillMember(
    @Ctx() ctx: PointsContext,
    @Arg("corpNum", () => String, { description: "The business to check, 10 digits." })
    corpNum: string,
  ): Promise<PopbillMemberCheck> {
    validateBrn(corpNum);
    const brn = stripDashes(corpNum);
    return toMemberCheck(brn, await ctx.points.checkIsMember(brn));
  }

  @Authorized(Role.PARTNER)
  @Query(() => PopbillIdCheck, {
    description: "Whether a POPBiLL login id is still free (CheckID).",
  })
  async popbillIdAvailability(
    @Ctx() ctx: PointsContext,
    @Arg("id", () => String, { description: "The login id to check." }) id: string,
  ): Promise<PopbillIdCheck> {
    validatePopbillId(id);
    return toIdCheck(id, await ctx.points.checkID(id));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description: "Signs a business up as a POPBiLL member of this partner (JoinMember).",
  })
  async joinPopbillMember(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => JoinPopbillMemberInput) input: JoinPopbillMemberInput,
  ): Promise<MemberOperationResult> {
    validateJoinMember(input);
    return toResult(await ctx.points.joinMember(toJoinForm(input)));
  }

  @Authorized(Role.PARTNER)
  @Query(() => MemberCorpInfo, { description: "A member business's details (GetCorpInfo)." })
  async memberCorpInfo(
    @Ctx() ctx: PointsContext,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberCorpInfo> {
    return toCorpInfoView(
      await ctx.points.getCorpInfo(corpNumFor(ctx, corpNum), userIdFor(ctx, userId)),
    );
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description: "Changes a member business's details (UpdateCorpInfo).",
  })
  async updateMemberCorpInfo(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => MemberCorpInfoInput) input: MemberCorpInfoInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberOperationResult> {
    const member = corpNumFor(ctx, corpNum);
    validateCorpInfo(input);
    return toResult(
      await ctx.points.updateCorpInfo(member, toCorpInfo(input), userIdFor(ctx, userId)),
    );
  }

  @Authorized(Role.PARTNER)
  @Query(() => [MemberContact], { description: "A member business's contacts (ListContact)." })
  async memberContacts(
    @Ctx() ctx: PointsContext,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberContact[]> {
    const list = await ctx.points.listContact(corpNumFor(ctx, corpNum), userIdFor(ctx, userId));
    return (Array.isArray(list) ? list : []).map(toContact);
  }

  @Authorized(Role.PARTNER)
  @Query(() => MemberContact, { description: "One contact of a member business (GetContactInfo)." })
  async memberContact(
    @Ctx() ctx: PointsContext,
    @Arg("id", () => String, { description: "The contact's login id." }) id: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberContact> {
    const member = corpNumFor(ctx, corpNum);
    validatePopbillId(id);
    return toContact(await ctx.points.getContactInfo(member, id, userIdFor(ctx, userId)));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description: "Adds a contact (POPBiLL login) to a member (RegistContact).",
  })
  async registerMemberContact(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => NewMemberContactInput) input: NewMemberContactInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberOperationResult> {
    const member = corpNumFor(ctx, corpNum);
    validateNewContact(input);
    return toResult(
      await ctx.points.registContact(member, toContactForm(input), userIdFor(ctx, userId)),
    );
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description: "Changes a member's contact (UpdateContact).",
  })
  async updateMemberContact(
    @Ctx() ctx: PointsContext,
    @Arg("input", () => MemberContactInput) input: MemberContactInput,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<MemberOperationResult> {
    const member = corpNumFor(ctx, corpNum);
    validateContact(input);
    return toResult(
      await ctx.points.updateContact(member, toContactForm(input), userIdFor(ctx, userId)),
    );
  }
}
