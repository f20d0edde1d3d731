import type { KorbillContext } from "@korbill/core-auth/graphql";

/** The `corpNum` argument every member-scoped operation takes. */
export const corpNumArg = {
  nullable: true,
  description:
    "Member business to act for (10 digits); defaults to the API key's own. Partner keys may name any member.",
} as const;

/** The tenant's POPBiLL user id, sent as `x-pb-userid` when set. */
export function userIdOf(ctx: KorbillContext): string | undefined {
  return ctx.tenant?.userId ?? undefined;
}
