import { GraphQLError } from "graphql";
import { DomainError } from "@korbill/core-domain";
import { type Tenant } from "@korbill/core-tenancy";

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
