import { type ExecutionArgs, type ExecutionResult, execute, subscribe } from "graphql";
import { type Tenant, withTenantUpstream } from "@korbill/core-tenancy";

/** Result of `subscribe` as graphql-ws takes it. */
export type SubscribeResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

function tenantOf(args: ExecutionArgs): Tenant | null | undefined {
  return (args.contextValue as { tenant?: Tenant | null } | undefined)?.tenant;
}

/**
 * The execute step: graphql-js `execute`, with the upstream calls it makes charged to the
 * context's tenant (HTTP charges them in `upstreamScope()` around Apollo's own `execute`).
 */
export function executeOperation(args: ExecutionArgs) {
  const tenant = tenantOf(args);
  return tenant ? withTenantUpstream(tenant, async () => execute(args)) : execute(args);
}

/**
 * The subscribe step: graphql-js `subscribe` as it is. Each event is executed by graphql-js
 * over the subscription's document; a shared subscription (`ws/shared-subscriptions.ts`) does
 * that once per event for all its subscribers.
 */
export async function subscribeOperation(args: ExecutionArgs): Promise<SubscribeResult> {
  return (await subscribe(args)) as SubscribeResult;
}
