import { type ExecutionArgs, GraphQLError, execute } from "graphql";
import { DomainError } from "@korbill/core-domain";
import { type Tenant, withTenantUpstream } from "@korbill/core-tenancy";

/** Admits one operation of a tenant, or throws a DomainError (e.g. RATE_LIMITED). */
export type Admit = (tenant: Tenant | null) => Promise<void>;

/**
 * For graphql-ws's `onSubscribe`: every subscribe message (query, mutation or subscription)
 * passes `admit` exactly like an HTTP request. A refusal is that operation's error (the
 * socket stays open); undefined when admitted.
 */
export async function refusal(
  admit: Admit | undefined,
  tenant: Tenant | null,
): Promise<readonly GraphQLError[] | undefined> {
  try {
    await admit?.(tenant);
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [
      new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } }),
    ];
  }
}

/** graphql-js `execute`, with the upstream calls it makes charged to the context's tenant. */
export function chargedExecute(args: ExecutionArgs) {
  const tenant = (args.contextValue as { tenant?: Tenant | null } | undefined)?.tenant;
  return tenant ? withTenantUpstream(tenant, async () => execute(args)) : execute(args);
}
