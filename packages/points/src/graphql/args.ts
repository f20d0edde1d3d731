import { CORP_NUM_ARG, type KorbillContext } from "@korbill/core-auth/graphql";

/** The `corpNum` argument (shared by every package; see core-auth). */
export const corpNumArg = CORP_NUM_ARG;

/** The tenant's POPBiLL user id, sent as `x-pb-userid` when set. */
export function userIdOf(ctx: KorbillContext): string | undefined {
  return ctx.tenant?.userId ?? undefined;
}
