import type { Tenant } from "@korbill/core-tenancy";
import type { KorbillContext } from "@korbill/core-tenancy/graphql";
import type { RequestScoped, Services } from "../services.js";

/** The request context of every operation: tenant plus the domain services. */
export type GatewayContext = KorbillContext & Services & RequestScoped;

/** Builds an operation's context from its tenant (null: no key) and request id. */
export type BuildContext = (tenant: Tenant | null, requestId: string) => GatewayContext;

/**
 * The context step, for both transports: the same services, per-request scope (loaders) and
 * request id for an operation over HTTP (Apollo's `context`) and over graphql-ws (`onSubscribe`).
 */
export function contextBuilder(
  stage: string,
  services: Services & { perRequest(): RequestScoped },
): BuildContext {
  return (tenant, requestId) => ({
    tenant,
    stage,
    requestId,
    ...services,
    ...services.perRequest(),
  });
}
