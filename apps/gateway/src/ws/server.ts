import type { Server } from "node:http";
import { type ExecutionArgs, GraphQLError } from "graphql";
import { type Context, CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { ApiKeyStore, Tenant } from "@korbill/core-tenancy";
import { authenticate } from "../http/auth.js";
import type { OperationLimits } from "../limits/operation-limits.js";
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
import type { Logger } from "../logger.js";
import { type Admit, refusal } from "./admission.js";
import { WsAccess } from "./access.js";
import type { Observability } from "../observability/access-log.js";
import type { GatewayPipeline } from "../pipeline/index.js";
import { ErrorCode } from "@korbill/error-codes";

interface WsOptions {
  httpServer: Server;
  apiKeys: ApiKeyStore;
  limits: OperationLimits;
  /** The same steps as HTTP: prepare, context, execute, subscribe, error formatting. */
  pipeline: GatewayPipeline;
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

/**
 * graphql-ws on the HTTP server's `/graphql` path. The key comes in `connectionParams`
 * (`{ authorization: "Bearer <key>" }`); a bad key closes the socket with 4403. Every
 * operation runs the same pipeline as HTTP (`pipeline/`: trusted documents, parse, validate,
 * operation and variables, context, execute, error formatting), its refusals reported as
 * errors rather than thrown, so one bad query does not kill the connection.
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
  const { pipeline } = opts;
  const shared = new SharedSubscriptions({
    ...opts.sharedSubscriptions,
    format: (result) => pipeline.formatResult(result),
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
      schema: pipeline.schema,
      execute: (args) => access.inRequest(args.contextValue, () => pipeline.execute(args)),
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
        const tenant = rechecked.tenant;
        tenants.set(ctx, tenant);
        // Errors returned here are formatted once, in onError.
        const trusted = pipeline.trustedQuery(payload);
        if ("errors" in trusted) return trusted.errors;
        const query = trusted.query ?? payload.query;
        if (typeof query !== "string" || !query) return [noQuery()];
        const result = pipeline.prepare({
          query,
          variables: payload.variables,
          operationName: payload.operationName,
        });
        if ("errors" in result) return result.errors;
        const { prepared } = result;
        // As over HTTP, where the key's rate limit is charged after the document passed.
        const refused = await refusal(opts.admit, tenant);
        if (refused) return refused;
        const operationType = prepared.operation.operation;
        if (operationType === "subscription") {
          const capped = caps.acquire(ctx, id, tenant?.keyId ?? null);
          if (capped) return [capped];
        }
        const contextValue = pipeline.buildContext(tenant, request.requestId);
        access.identify(ctx, id, {
          operationName: payload.operationName,
          operationType,
          tenant,
          variables: prepared.variables,
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
          schema: pipeline.schema,
          document: prepared.document,
          variableValues: prepared.variables,
          operationName: prepared.operationName,
          contextValue,
        };
      },
      onNext: (ctx, id, _payload, _args, result) =>
        access.next(ctx, id, pipeline.formatResult(result)),
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
          errors.map((e) => pipeline.formatGraphQLError(e)),
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

/** A subscribe message without a query text (and no trusted document id), as Apollo answers. */
function noQuery(): GraphQLError {
  return new GraphQLError(
    "GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.",
    { extensions: { code: ErrorCode.BAD_REQUEST } },
  );
}

export { CloseCode };
