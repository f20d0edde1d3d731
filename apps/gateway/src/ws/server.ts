import type { Server } from "node:http";
import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
} from "graphql";
import { type Context, CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { ApiKeyStore, Tenant } from "@korbill/core-tenancy";
import { authenticate } from "../http/auth.js";
import type { OperationLimits } from "../limits/operation-limits.js";
import { type GatewayValidation, checkOperation, trustedQuery } from "../validation.js";
import { batchSends } from "./batched-send.js";
import { RevocationWatch } from "./revocation.js";
import { quietClientErrors } from "./client-errors.js";
import { directSink } from "./next-frames.js";
import {
  type DirectSink,
  type SharedSubscriptionLimits,
  SharedSubscriptions,
  shareKeyOf,
} from "./shared-subscriptions.js";
import { SubscriptionCaps } from "./subscription-caps.js";
import type { createErrorFormatter } from "../errors.js";
import type { Logger } from "../logger.js";
import { type Admit, chargedExecute, refusal } from "./admission.js";
import { WsAccess } from "./access.js";
import type { Observability } from "../observability/access-log.js";
import { ErrorCode } from "@korbill/error-codes";

interface WsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  apiKeys: ApiKeyStore;
  limits: OperationLimits;
  /** The same document checks as HTTP (`gatewayValidation`). */
  validation: GatewayValidation;
  formatError: ReturnType<typeof createErrorFormatter>;
  buildContext(tenant: Tenant | null, requestId: string): object;
  logger: Logger;
  /** How often the keys of open sockets are checked for revocation (ms). */
  revocationCheckMs: number;
  admit?: Admit;
  /** Access lines and operation metrics. */
  observability: Observability;
  /** When a shared subscriber is too slow (defaults: `shared-subscriptions.ts`). */
  sharedSubscriptions?: SharedSubscriptionLimits;
}

function credentialOf(params: Record<string, unknown> | undefined): unknown {
  if (!params) return undefined;
  return params.authorization ?? params.Authorization ?? params.apiKey;
}

function formatResult<T extends ExecutionResult>(result: T, opts: WsOptions): T {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const f = opts.formatError(e.toJSON(), e);
    return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
  });
  return { ...result, errors };
}

/**
 * graphql-ws on the HTTP server's `/graphql` path. The key comes in `connectionParams`
 * (`{ authorization: "Bearer <key>" }`); a bad key closes the socket with 4403. Every
 * operation passes the same validation rules as HTTP (depth, cost, introspection policy),
 * reported as errors rather than thrown, so one bad query does not kill the connection.
 * Subscribers of the same live-only subscription with the same key share one execution
 * (`shared-subscriptions.ts`), so an event costs one execution, not one per subscriber, and
 * one serialization: its `next` frames are written to their sockets directly.
 */
export function attachWebSocketServer(opts: WsOptions) {
  // A message over the HTTP body limit closes the socket (1009) before it is buffered whole.
  const wss = new WebSocketServer({
    server: opts.httpServer,
    path: "/graphql",
    maxPayload: opts.limits.maxBodyBytes,
  });
  // Before graphql-ws's own listener: frames sent in one turn of the event loop leave in one
  // write.
  wss.on("connection", batchSends);
  wss.on("connection", quietClientErrors(opts.logger));
  const tenants = new WeakMap<Context, Tenant | null>();
  // Each subscription's connection and id, by its context (one context per subscription).
  const sinks = new WeakMap<object, DirectSink>();
  const shared = new SharedSubscriptions({
    ...opts.sharedSubscriptions,
    format: (result) => formatResult(result, opts),
  });
  // Closes the sockets of revoked keys and re-checks the key of every new operation.
  const revocation = new RevocationWatch({
    apiKeys: opts.apiKeys,
    intervalMs: opts.revocationCheckMs,
    logger: opts.logger,
  });
  const caps = new SubscriptionCaps({
    perSocket: opts.limits.maxSubscriptionsPerSocket,
    perKey: opts.limits.maxSubscriptionsPerKey,
  });
  const access = new WsAccess(opts.observability);
  const server = useServer(
    {
      schema: opts.schema,
      execute: (args) => access.inRequest(args.contextValue, () => chargedExecute(args)),
      // Identical live-only subscriptions of one key run once and share their results.
      subscribe: (args) =>
        access.inRequest(args.contextValue, () => {
          const context = args.contextValue as { tenant?: Tenant | null } | undefined;
          const key = shareKeyOf(args, context?.tenant?.keyId ?? null);
          return shared.subscribe(args, key, context && sinks.get(context));
        }),
      onConnect: async (ctx) => {
        try {
          const tenant = await authenticate(opts.apiKeys, credentialOf(ctx.connectionParams));
          tenants.set(ctx, tenant);
          revocation.track(tenant, ctx.extra.socket);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const request = access.start(ctx, id);
        const rechecked = await revocation.recheck(tenants.get(ctx));
        if ("refused" in rechecked) return rechecked.refused;
        // The key as stored now: its current limits apply from this operation on.
        tenants.set(ctx, rechecked.tenant);
        const refused = await refusal(opts.admit, tenants.get(ctx) ?? null);
        if (refused) return refused;
        const variables = payload.variables ?? {};
        const trusted = trustedQuery(opts.validation, payload);
        if ("errors" in trusted) return trusted.errors.map((e) => formatErrorAsGraphQL(e, opts));
        const query = trusted.query ?? payload.query;
        const checked = checkOperation(opts.validation, opts.schema, query, variables);
        if ("errors" in checked) return checked.errors.map((e) => formatErrorAsGraphQL(e, opts));
        const { document } = checked;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [
            new GraphQLError("unknown operation name", {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          ];
        }
        const tenant = tenants.get(ctx) ?? null;
        if (operation.operation === "subscription") {
          const capped = caps.acquire(ctx, id, tenant?.keyId ?? null);
          if (capped) return [formatErrorAsGraphQL(capped, opts)];
        }
        const contextValue = opts.buildContext(tenant, request.requestId);
        access.identify(ctx, id, {
          operationName: payload.operationName,
          operationType: operation.operation,
          tenant,
          variables,
          contextValue,
        });
        const { socket } = ctx.extra;
        // Without extensions `ws` writes every frame at once, so direct frames keep order.
        if (socket.extensions === "")
          sinks.set(
            contextValue,
            directSink(socket, id, {
              requestId: request.requestId,
              onErrors: (errors) => access.noteErrors(ctx, id, errors),
            }),
          );
        return {
          schema: opts.schema,
          document,
          variableValues: variables,
          operationName: payload.operationName ?? undefined,
          contextValue,
        };
      },
      onNext: (ctx, id, _payload, _args, result) =>
        access.next(ctx, id, formatResult(result, opts)),
      // Called however a subscription ends (client, server, error); a closed socket's are all
      // released in onClose, which also covers one whose start threw.
      onComplete: (ctx, id) => {
        caps.release(ctx, id);
        access.end(ctx, id);
      },
      onClose: (ctx) => {
        caps.releaseAll(ctx);
        access.closeAll(ctx);
      },
      onError: (ctx, id, _payload, errors) =>
        access.error(
          ctx,
          id,
          errors.map((e) => formatErrorAsGraphQL(e, opts)),
        ),
    },
    wss,
  );
  return {
    wss,
    shared,
    caps,
    access,
    /** Closes every socket with 1001 (clients reconnect) and stops accepting new ones. */
    async dispose() {
      await revocation.stop();
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function formatErrorAsGraphQL(error: GraphQLError, opts: WsOptions): GraphQLError {
  const f = opts.formatError(error.toJSON(), error);
  return new GraphQLError(f.message, { extensions: f.extensions });
}

export { CloseCode };
