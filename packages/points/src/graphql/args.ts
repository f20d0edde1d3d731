import { type KorbillContext, USER_ID_ARG } from "@korbill/core-tenancy/graphql";

/** The `userId` argument: a partner key names the POPBiLL user per call (see core-tenancy). */
export const userIdArg = USER_ID_ARG;

/**
 * The POPBiLL user of a `Points` field, sent as `x-pb-userid` when set: the one resolved on the
 * `points` query (its `userId` argument or the key's), else the tenant's own.
 */
export function userIdOf(ctx: KorbillContext, root?: { userId?: string }): string | undefined {
  if (root && "userId" in root) return root.userId;
  return ctx.tenant?.userId ?? undefined;
}
