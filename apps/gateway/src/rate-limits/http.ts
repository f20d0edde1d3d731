import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import { RateLimitedError } from "@korbill/core-domain";
import { type Tenant, type UpstreamScope, runInUpstreamScope } from "@korbill/core-tenancy";
import type { TenantLimits } from "./tenant-limits.js";
import { ErrorCode } from "@korbill/error-codes";

/**
 * Express middleware placed right before Apollo's (after the body parser, whose stream
 * callbacks would lose the async context): the operation runs in an upstream scope whose
 * tenant the context function sets, closed when the response is done.
 */
export function upstreamScope(): RequestHandler {
  return (_req, res, next) => {
    const scope: UpstreamScope = { tenant: null, open: true };
    res.locals.upstreamScope = scope;
    res.once("close", () => (scope.open = false));
    runInUpstreamScope(scope, next);
  };
}

/**
 * For the HTTP context function: charges the request's upstream calls to `tenant` and admits
 * the operation, or throws RATE_LIMITED (HTTP 429 with Retry-After) before anything runs.
 */
export async function admitHttpOperation(
  limits: TenantLimits,
  tenant: Tenant | null,
  res: Response,
): Promise<void> {
  const scope = res.locals.upstreamScope as UpstreamScope | undefined;
  if (scope) scope.tenant = tenant;
  try {
    await limits.admitOperation(tenant);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: error.code,
        retryAfterMs: error.retryAfterMs,
        http: { status: 429, headers: retryAfterHeaders(error.retryAfterMs) },
      },
    });
  }
}

/** Answers HTTP 429 with Retry-After when an operation was refused RATE_LIMITED. */
export function rateLimitStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const limited = response.body.singleResult.errors?.find(
            (e) => e.extensions?.code === ErrorCode.RATE_LIMITED,
          );
          if (!limited) return;
          response.http.status = 429;
          const ms = Number(limited.extensions?.retryAfterMs ?? 1_000);
          for (const [k, v] of retryAfterHeaders(ms)) response.http.headers.set(k, v);
        },
      };
    },
  };
}

// Retry-After counts whole seconds; rounding up never invites an early retry.
function retryAfterHeaders(ms: number): HeaderMap {
  return new HeaderMap([["retry-after", String(Math.max(1, Math.ceil(ms / 1_000)))]]);
}
