import { ForbiddenError, InputError } from "@korbill/core-domain";
import { type KorbillContext, requireTenant } from "./context.js";

/**
 * Options of the optional `userId` argument of the POPBiLL operations whose SDK call takes a
 * UserID (declared once, by `CorpNumUserIdArgs`); resolve it with `userIdFor`.
 */
export const USER_ID_ARG = {
  nullable: true,
  description:
    "POPBiLL user (UserID, sent as x-pb-userid) to act as for this call: 1-50 characters of A-Z a-z 0-9 _ . @ -, " +
    "a user of the member business. Partner keys only; by default the API key's own user, if it has one.",
} as const;

const USER_ID = /^[A-Za-z0-9_.@-]{1,50}$/;

/**
 * The POPBiLL user a call acts as: `requested` for a partner key (a member key acts as the
 * user bound to it: FORBIDDEN), else the key's own user id, else none. A malformed id is
 * BAD_USER_INPUT; either way nothing is sent.
 */
export function userIdFor(ctx: KorbillContext, requested?: string | null): string | undefined {
  const tenant = requireTenant(ctx);
  if (requested === undefined || requested === null) return tenant.userId ?? undefined;
  if (tenant.kind !== "partner") {
    throw new ForbiddenError(
      "only a partner key may name the POPBiLL user (userId); a member key acts as the user bound to it",
    );
  }
  if (!USER_ID.test(requested)) {
    const message = "must be 1-50 characters of A-Z a-z 0-9 _ . @ -";
    throw new InputError(`userId ${message}`, [{ path: "userId", message }]);
  }
  return requested;
}
