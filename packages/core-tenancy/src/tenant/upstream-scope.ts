import { AsyncLocalStorage } from "node:async_hooks";
import type { HttpTransport } from "@korbill/core-upstream";
import type { Tenant } from "./tenant.js";

/** Charges an upstream call to a tenant; throws (e.g. `RateLimitedError`) to refuse it. */
export interface UpstreamBudget {
  take(tenant: Tenant): Promise<void>;
}

/** Whom the upstream calls of one operation are charged to; `open` ends when it is done. */
export interface UpstreamScope {
  tenant: Tenant | null;
  open: boolean;
}

// The domain clients are shared by every tenant, so the tenant travels with the async context
// of the operation rather than through every client's signature.
const scopes = new AsyncLocalStorage<UpstreamScope>();

/**
 * Runs `work` (synchronously) inside `scope`; everything it starts inherits it. The caller sets
 * `scope.tenant` once known and `scope.open = false` when the operation is done (HTTP).
 */
export function runInUpstreamScope<T>(scope: UpstreamScope, work: () => T): T {
  return scopes.run(scope, work);
}

/**
 * Runs `work` with the upstream calls it makes charged to `tenant`. The scope closes when
 * `work` settles: timers it started (background polls) are no longer charged.
 */
export async function withTenantUpstream<T>(tenant: Tenant, work: () => Promise<T>): Promise<T> {
  const scope: UpstreamScope = { tenant, open: true };
  try {
    return await scopes.run(scope, work);
  } finally {
    scope.open = false;
  }
}

/** The tenant the current upstream call is charged to, if any. */
export function currentUpstreamTenant(): Tenant | undefined {
  const scope = scopes.getStore();
  return (scope?.open && scope.tenant) || undefined;
}

/**
 * The transport every upstream call goes through, charging each logical request (its retries
 * included) to the current tenant's budget before anything is sent. Calls outside a tenant's
 * operation (workers, webhooks) are not charged here.
 */
export function budgetedTransport(transport: HttpTransport, budget: UpstreamBudget): HttpTransport {
  return {
    async request(request) {
      const tenant = currentUpstreamTenant();
      if (tenant) await budget.take(tenant);
      return transport.request(request);
    },
    close: () => transport.close(),
  };
}
