import { performance } from "node:perf_hooks";
import type { IncomingMessage } from "node:http";
import type { ExecutionResult, GraphQLError, OperationTypeNode } from "graphql";
import type { Context } from "graphql-ws";
import type { Tenant } from "@korbill/core-tenancy";
import {
  type Observability,
  reportOperation,
  resultCode,
  tenantFacts,
} from "../observability/access-log.js";
import {
  type AccessFacts,
  type RequestContext,
  newRequestContext,
  runInRequest,
} from "../observability/request-context.js";

interface Running {
  context: RequestContext;
  facts: AccessFacts;
  started: number;
}

/**
 * Access lines for graphql-ws operations: one per operation, written when it ends (a query or
 * mutation with its result, a subscription when it completes), or when it is refused. The
 * socket's upgrade request may carry `traceparent`; each operation gets its own request id.
 */
export class WsAccess {
  private readonly running = new WeakMap<Context, Map<string, Running>>();
  private readonly byContextValue = new WeakMap<object, RequestContext>();
  /** Subscriptions started and not yet ended, on every socket. */
  liveSubscriptions = 0;

  constructor(private readonly obs: Observability) {}

  /** An operation arrived (`onSubscribe`): its request id. */
  start(ctx: Context, id: string): RequestContext {
    const request = (ctx.extra as { request?: IncomingMessage }).request;
    const context = newRequestContext(request?.headers.traceparent);
    let ops = this.running.get(ctx);
    if (!ops) this.running.set(ctx, (ops = new Map<string, Running>()));
    ops.set(id, { context, facts: {}, started: performance.now() });
    return context;
  }

  /** What the operation turned out to be, once its document is checked. */
  identify(
    ctx: Context,
    id: string,
    facts: {
      operationName?: string | null;
      operationType: OperationTypeNode;
      tenant: Tenant | null;
      variables: Record<string, unknown>;
      contextValue: object;
    },
  ): void {
    const op = this.running.get(ctx)?.get(id);
    if (!op) return;
    op.facts.operationName = facts.operationName ?? null;
    op.facts.operationType = facts.operationType;
    if (facts.operationType === "subscription") this.liveSubscriptions += 1;
    Object.assign(op.facts, tenantFacts(facts.tenant, facts.variables));
    this.byContextValue.set(facts.contextValue, op.context);
  }

  /** Runs an execution inside its operation's request (its log lines carry the id). */
  inRequest<T>(contextValue: unknown, fn: () => T): T {
    const context =
      typeof contextValue === "object" && contextValue !== null
        ? this.byContextValue.get(contextValue)
        : undefined;
    return context ? runInRequest(context, fn) : fn();
  }

  /** A result about to be sent: notes its first error's code, stamps the request id. */
  next<T extends ExecutionResult>(ctx: Context, id: string, result: T): T {
    const op = this.running.get(ctx)?.get(id);
    if (!op || !result.errors?.length) return result;
    op.facts.code ??= resultCode(result.errors);
    return { ...result, errors: result.errors.map((e) => stamp(e, op.context.requestId)) };
  }

  /** Errors sent without `next` (a shared subscription's direct frame): notes the code. */
  noteErrors(ctx: Context, id: string, errors: readonly GraphQLError[]): void {
    const op = this.running.get(ctx)?.get(id);
    if (op && errors.length) op.facts.code ??= resultCode(errors);
  }

  /** The operation failed or was refused (no `onComplete` follows): reports it. */
  error(ctx: Context, id: string, errors: readonly GraphQLError[]): GraphQLError[] {
    const op = this.running.get(ctx)?.get(id);
    if (!op) return [...errors];
    op.facts.code = resultCode(errors);
    this.end(ctx, id);
    return errors.map((e) => stamp(e, op.context.requestId));
  }

  /** The operation ended (`onComplete`): reports it once. */
  end(ctx: Context, id: string): void {
    const ops = this.running.get(ctx);
    const op = ops?.get(id);
    if (!ops || !op) return;
    ops.delete(id);
    if (op.facts.operationType === "subscription") this.liveSubscriptions -= 1;
    reportOperation(this.obs, {
      ...op.facts,
      transport: "ws",
      requestId: op.context.requestId,
      durationMs: performance.now() - op.started,
    });
  }

  /** The socket closed: reports what it still had running. */
  closeAll(ctx: Context): void {
    for (const id of [...(this.running.get(ctx)?.keys() ?? [])]) this.end(ctx, id);
  }
}

function stamp(error: GraphQLError, requestId: string): GraphQLError {
  // Mutating the extensions of a per-operation, already formatted error (formatResult's copy).
  (error.extensions as Record<string, unknown>).requestId = requestId;
  return error;
}
