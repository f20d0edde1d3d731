import { CorpNumError, type Tenant, resolveCorpNum } from "../tenant/tenant.js";
import { ErrorCode } from "@korbill/error-codes";
import { DomainError, ForbiddenError, InputError } from "@korbill/core-domain";

/** The request context every resolver sees; domain packages extend it with their services. */
export interface KorbillContext {
  tenant: Tenant | null;
  stage: string;
  /** Correlates logs of one GraphQL operation. */
  requestId: string;
}

/**
 * Options of the optional `corpNum` argument every member-scoped operation takes (declared
 * once, by `CorpNumArgs`); resolve it with `corpNumFor`.
 */
export const CORP_NUM_ARG = {
  nullable: true,
  description:
    "Member business to act for (10 digits); defaults to the API key's own. Partner keys may name any member.",
} as const;

/** Roles for `@Authorized(...)`: no role = any valid key; `PARTNER` = partner keys only. */
export const Role = { PARTNER: "PARTNER" } as const;
/** A role name. */
export type Role = (typeof Role)[keyof typeof Role];

/** The authenticated tenant, or an UNAUTHENTICATED error. */
export function requireTenant(ctx: KorbillContext): Tenant {
  if (!ctx.tenant) {
    throw new DomainError(
      ErrorCode.UNAUTHENTICATED,
      "a korbill API key is required: send `Authorization: Bearer <key>` (or `connectionParams.authorization` over WebSocket)",
    );
  }
  return ctx.tenant;
}

/** The CorpNum a call acts for (see `resolveCorpNum`), as a caller-facing error when refused. */
export function corpNumFor(ctx: KorbillContext, requested?: string | null): string {
  const tenant = requireTenant(ctx);
  try {
    return resolveCorpNum(tenant, requested);
  } catch (error) {
    if (error instanceof CorpNumError) {
      if (error.reason === "forbidden") throw new ForbiddenError(error.message);
      throw new InputError(error.message, [{ path: "corpNum", message: error.message }]);
    }
    throw error;
  }
}
