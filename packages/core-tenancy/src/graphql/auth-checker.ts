import type { AuthCheckerFn } from "type-graphql";
import { ForbiddenError } from "@korbill/core-domain";
import { type KorbillContext, Role, requireTenant } from "./context.js";

/**
 * The one auth checker: every `@Authorized()` field needs a valid key; `@Authorized(Role.PARTNER)`
 * fields need a partner key. Failures throw domain errors, which the gateway maps to
 * UNAUTHENTICATED / FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<KorbillContext> = ({ context }, roles) => {
  const tenant = requireTenant(context);
  if (roles.includes(Role.PARTNER) && tenant.kind !== "partner") {
    throw new ForbiddenError("this operation needs a partner API key");
  }
  return true;
};
