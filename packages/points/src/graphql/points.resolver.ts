import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { corpNumFor } from "@korbill/core-auth/graphql";
import type { PointsContext } from "./context.js";
import { PointsView } from "./points.type.js";

const corpNumArg = {
  nullable: true,
  description:
    "Member business to act for (10 digits); defaults to the API key's own. Partner keys may name any member.",
} as const;

/** Points queries: thin — validate, call the client, map. */
@Resolver(() => PointsView)
export class PointsResolver {
  @Authorized()
  @Query(() => PointsView, { description: "POPBiLL points of a member business." })
  points(
    @Ctx() ctx: PointsContext,
    @Arg("corpNum", () => String, corpNumArg) corpNum?: string,
  ): Omit<PointsView, "balance"> {
    return { corpNum: corpNumFor(ctx, corpNum) };
  }

  @FieldResolver(() => Int)
  async balance(@Root() root: PointsView, @Ctx() ctx: PointsContext): Promise<number> {
    return ctx.points.getBalance(root.corpNum);
  }
}
