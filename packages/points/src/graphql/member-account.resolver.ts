import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { InputError, ProblemList, checkTextInput } from "@korbill/core-domain";
import { Role, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import { POPBILL_TOGOS } from "../client/member-account.js";
import { toResult } from "../map/member-views.js";
import { validateBrn, validatePopbillId } from "../validate/index.js";
import { userIdArg, userIdOf } from "./args.js";
import { PointsPageUrl } from "./charge.type.js";
import type { PointsContext } from "./context.js";
import { MemberOperationResult } from "./member.type.js";
import { PointsView } from "./points.type.js";

/** The POPBiLL pages getPopbillURL opens (the TOGO values the SDK's own URL calls send). */
export enum PopbillPage {
  LOGIN = "LOGIN",
  CHRG = "CHRG",
  PAYMENT = "PAYMENT",
  USEHISTORY = "USEHISTORY",
}

registerEnumType(PopbillPage, {
  name: "PopbillPage",
  description: "A POPBiLL web page of the member (GetPopbillURL's TOGO).",
  valuesConfig: {
    LOGIN: { description: "The POPBiLL site, logged in as the member's user (GetAccessURL)." },
    CHRG: { description: "Point charge." },
    PAYMENT: { description: "Payment history." },
    USEHISTORY: { description: "Points usage." },
  },
});

/** [INF] POPBiLL documents no length; korbill caps the reason at 200 characters. */
const QUIT_REASON_MAX = 200;

type Root = Pick<PointsView, "corpNum" | "userId">;

/**
 * Leaving POPBiLL, deleting a contact, and the member's POPBiLL login/menu URLs
 * (popbill@1.64.2 BaseService.js: quitMember, deleteContact, getAccessURL, getPopbillURL).
 */
@Resolver(() => PointsView)
export class MemberAccountResolver {
  @FieldResolver(() => PointsPageUrl, {
    description:
      "The POPBiLL site, already logged in as the member's user (GetAccessURL, TG=LOGIN); works for 30 seconds.",
  })
  accessUrl(@Root() root: Root, @Ctx() ctx: PointsContext): Promise<PointsPageUrl> {
    return ctx.points.getAccessURL(root.corpNum, userIdOf(ctx, root));
  }

  @FieldResolver(() => PointsPageUrl, {
    description: "One of the member's POPBiLL pages (GetPopbillURL); works for 30 seconds.",
  })
  popbillUrl(
    @Root() root: Root,
    @Ctx() ctx: PointsContext,
    @Arg("page", () => PopbillPage, { description: "Which page." }) page: PopbillPage,
  ): Promise<PointsPageUrl> {
    if (!POPBILL_TOGOS.includes(page)) {
      throw new InputError("page is not a POPBiLL page", [{ path: "page", message: "unknown" }]);
    }
    return ctx.points.getPopbillURL(root.corpNum, page, userIdOf(ctx, root));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description:
      "Deletes a contact (POPBiLL login) of a member business (DeleteContact). Partner keys only, like every " +
      "contact change; POPBiLL refuses to delete the member's administrator. Not retried: a lost reply " +
      "is checked with memberContacts.",
  })
  async deleteMemberContact(
    @Ctx() ctx: PointsContext,
    @Arg("id", () => String, { description: "The contact's login id." }) id: string,
    @Arg("corpNum", () => String, {
      description: "The member business (10 digits). Required: a deletion never defaults.",
    })
    corpNum: string,
    @Arg("userId", () => String, userIdArg) userId?: string,
  ): Promise<MemberOperationResult> {
    validateBrn(corpNum);
    validatePopbillId(id);
    const member = corpNumFor(ctx, corpNum.replaceAll("-", ""));
    const actor = userIdFor(ctx, userId);
    if (actor !== undefined && actor === id) {
      throw new InputError("a contact cannot delete itself", [
        { path: "id", message: "is the acting POPBiLL user (userId)" },
      ]);
    }
    return toResult(await ctx.points.deleteContact(member, id, actor));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => MemberOperationResult, {
    description:
      "Takes a member business out of POPBiLL (QuitMember, POST /QuitRequest). Irreversible upstream: the " +
      "member's tokens stop working and its remaining points follow POPBiLL's refund rules. Partner keys " +
      "only (the SDK calls it with the partner's credentials on the member's behalf), and `corpNum` must " +
      "be named: it never defaults to the key's member.",
  })
  async quitPopbillMember(
    @Ctx() ctx: PointsContext,
    @Arg("corpNum", () => String, { description: "The member business that leaves (10 digits)." })
    corpNum: string,
    @Arg("reason", () => String, {
      description: `Why it leaves (quitReason; required, at most ${QUIT_REASON_MAX} characters).`,
    })
    reason: string,
    @Arg("userId", () => String, userIdArg) userId?: string,
  ): Promise<MemberOperationResult> {
    validateBrn(corpNum);
    const problems = new ProblemList();
    checkTextInput(problems, reason, "reason");
    if (typeof reason === "string" && reason.trim() === "") problems.add("reason", "is required");
    if (typeof reason === "string" && [...reason].length > QUIT_REASON_MAX)
      problems.add("reason", `must be at most ${QUIT_REASON_MAX} characters`);
    problems.throwIfAny();
    const member = corpNumFor(ctx, corpNum.replaceAll("-", ""));
    return toResult(await ctx.points.quitMember(member, reason.trim(), userIdFor(ctx, userId)));
  }
}
