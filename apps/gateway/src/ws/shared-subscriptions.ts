import { defined } from "@korbill/core-domain";
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  Kind,
  type ValueNode,
  getOperationAST,
} from "graphql";
import type { Push, Stop } from "@repeaterjs/repeater";
import { EventStream, FifoBuffer } from "@korbill/core-events";
import { type SubscribeResult, subscribeEvents as subscribe } from "./event-executor.js";
import { nextMessageTail } from "./next-frames.js";
import { ErrorCode } from "@korbill/error-codes";
import { stampRequestId } from "../observability/error-request-id.js";

/** A queued result per member beyond this ends that member's subscription (too slow). */
const DEFAULT_MAX_QUEUED = 10_000;

/** Unsent bytes on a direct member's socket beyond this end its subscription (too slow). */
const DEFAULT_MAX_UNSENT_BYTES = 4 * 1024 * 1024;

/**
 * A subscriber's connection written to directly: the group serializes each result once and
 * hands every direct member the same bytes (`next-frames.ts`), instead of graphql-ws
 * awaiting, copying, serializing and sending each result once per subscriber.
 */
export interface DirectSink {
  /** Bytes written to the connection and not yet sent. */
  readonly unsent: number;
  /** Sends the `next` message whose tail (`nextMessageTail`) is given, in order. */
  next(tail: Buffer): void;
  /**
   * The subscriber's request id: a result with errors is serialized for it alone, its errors
   * naming its own request (`extensions.requestId`), not the one the shared execution ran in.
   */
  readonly requestId?: string;
  /** Told of the errors of a result written here (the access line's result code). */
  readonly onErrors?: (errors: ExecutionResult["errors"] & object) => void;
}

export interface SharedSubscriptionsOptions {
  /** Results queued for a member that is not direct, beyond which it is too slow. */
  maxQueued?: number;
  /** Unsent bytes on a direct member's connection beyond which it is too slow. */
  maxUnsentBytes?: number;
  /**
   * What the server's `onNext` does to a result, applied once per result for the direct
   * members (graphql-ws applies it per message for the others).
   */
  format?: (result: ExecutionResult) => ExecutionResult;
}

/** The too-slow thresholds alone (gateway options). */
export type SharedSubscriptionLimits = Pick<
  SharedSubscriptionsOptions,
  "maxQueued" | "maxUnsentBytes"
>;

type Limits = Required<SharedSubscriptionsOptions>;

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/** True when an argument's value (a literal, or a variable given a value) is not null. */
function given(value: ValueNode, variables: Record<string, unknown>): boolean {
  if (value.kind === Kind.NULL) return false;
  if (value.kind !== Kind.VARIABLE) return true;
  const v = variables[value.name.value];
  return v !== null && v !== undefined;
}

/**
 * The group a subscription may share, or null when it must run on its own. Shared: a live-only
 * subscription (no `after` cursor on its root field), keyed by API key, document, operation
 * and variables, so every member would have received exactly the same results. A replaying
 * one (`after` given) reads its own history and is never shared.
 */
export function shareKeyOf(args: ExecutionArgs, keyId: string | null): string | null {
  if (keyId === null) return null;
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== "subscription") return null;
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const roots = operation.selectionSet.selections;
  const root = roots[0];
  if (roots.length !== 1 || root?.kind !== Kind.FIELD) return null;
  const replays = root.arguments?.some(
    (a) => a.name.value === "after" && given(a.value, variables),
  );
  if (replays) return null;
  return JSON.stringify([
    keyId,
    documentId(args.document),
    args.operationName ?? null,
    args.variableValues ?? {},
  ]);
}

/**
 * Runs each live-only subscription once per group of identical subscribers and hands every
 * member the same results: one event-log listener, one execution and one result object per
 * event for the whole group instead of one per subscriber, and for the members with a
 * {@link DirectSink} one serialization, whose bytes go to each member's connection at once.
 * Members leave on their own; the last to leave stops the shared execution.
 */
export class SharedSubscriptions {
  private readonly live = new Map<string, Group>();
  private readonly starting = new Map<string, Promise<Group | ExecutionResult>>();
  private readonly limits: Limits;

  constructor(options: SharedSubscriptionsOptions = {}) {
    this.limits = {
      maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED,
      maxUnsentBytes: options.maxUnsentBytes ?? DEFAULT_MAX_UNSENT_BYTES,
      format: options.format ?? ((result) => result),
    };
  }

  /** Number of shared executions running (for tests and metrics). */
  get size(): number {
    return this.live.size;
  }

  /**
   * graphql-ws's `subscribe`: `key` null runs the subscription on its own. A shared member
   * with a `sink` gets its results written there; its iterator then yields only an ending
   * (the too-slow error) before it is done.
   */
  async subscribe(
    args: ExecutionArgs,
    key: string | null,
    sink?: DirectSink | null,
  ): Promise<SubscribeResult> {
    if (key === null) return subscribe(args);
    for (;;) {
      const running = this.live.get(key);
      if (running) {
        const member = running.join(sink ?? null);
        if (member) return member;
        this.live.delete(key); // ended between its last member leaving and now
        continue;
      }
      let pending = this.starting.get(key);
      if (!pending) {
        pending = this.start(args, key);
        this.starting.set(key, pending);
      }
      const group = await pending;
      if (!(group instanceof Group)) return group; // an error result: not shared
      const member = group.join(sink ?? null);
      if (member) return member;
    }
  }

  private async start(args: ExecutionArgs, key: string): Promise<Group | ExecutionResult> {
    let result: SubscribeResult;
    try {
      result = await subscribe(args);
    } finally {
      this.starting.delete(key);
    }
    if (!(Symbol.asyncIterator in result)) return result;
    const group: Group = new Group(result, this.limits, () => {
      if (this.live.get(key) === group) this.live.delete(key);
    });
    this.live.set(key, group);
    return group;
  }
}

/** One shared execution and its members. */
class Group {
  private readonly members = new Set<Member>();
  private ended = false;

  constructor(
    private readonly source: AsyncIterableIterator<ExecutionResult>,
    private readonly limits: Limits,
    private readonly onEnd: () => void,
  ) {}

  /** A new member, or null when the group already ended. */
  join(sink: DirectSink | null): Member | null {
    if (this.ended) return null;
    const member = new Member(this.limits, sink, () => this.leave(member));
    this.members.add(member);
    if (this.members.size === 1) void this.pump();
    return member;
  }

  /** Runs once, from the first join: a group whose last member left has ended. */
  private async pump(): Promise<void> {
    let failure: unknown;
    try {
      for (;;) {
        const next = await this.source.next();
        if (next.done) break;
        // Formatted and serialized at most once for all the direct members; errors, which
        // name each member's request, once per member.
        let formatted: ExecutionResult | undefined;
        let tail: Buffer | undefined;
        for (const member of this.members) {
          if (!member.sink) {
            member.add(next.value);
            continue;
          }
          formatted ??= this.limits.format(next.value);
          const requestId = member.sink.requestId;
          if (!formatted.errors?.length) member.write((tail ??= nextMessageTail(formatted)));
          else {
            member.sink.onErrors?.(formatted.errors);
            member.write(
              nextMessageTail(requestId ? withRequestIdOf(formatted, requestId) : formatted),
            );
          }
        }
      }
    } catch (error) {
      failure = error;
    }
    this.end(failure);
  }

  private end(failure?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    for (const member of this.members) member.finish(failure);
    this.members.clear();
  }

  private leave(member: Member): void {
    this.members.delete(member);
    if (this.members.size > 0 || this.ended) return;
    this.ended = true;
    this.onEnd();
    void this.source.return?.();
  }
}

/** `result` with every error naming `requestId`, as graphql-ws would serialize it. */
function withRequestIdOf(result: ExecutionResult, requestId: string): ExecutionResult {
  const errors = (result.errors ?? []).map((e) => stampRequestId(e.toJSON(), requestId));
  return { ...result, errors: errors as unknown as ExecutionResult["errors"] };
}

/**
 * One subscriber's view of a group: a stream of the shared results (at most `maxQueued`
 * waiting), or of its direct sink's ending alone (the too-slow error) before it is done.
 */
class Member extends EventStream<ExecutionResult> {
  private readonly queue: FifoBuffer<ExecutionResult>;
  /** The stream's push and stop, from the subscriber's first `next()` (a repeater's start). */
  private started: { push: Push<ExecutionResult>; stop: Stop } | null = null;
  /** Set once no more results are accepted; a stream not yet started stops at its start. */
  private ended: { failure?: Error } | null = null;
  private left = false;

  constructor(
    private readonly limits: Limits,
    readonly sink: DirectSink | null,
    private readonly onLeave: () => void,
  ) {
    const queue = new FifoBuffer<ExecutionResult>(limits.maxQueued);
    super((push, stop) => {
      this.started = { push, stop };
      if (this.ended) stop(this.ended.failure);
      return stop.then(() => undefined);
    }, queue);
    this.queue = queue;
  }

  /** A direct member's result, already serialized. */
  write(tail: Buffer): void {
    if (this.ended) return;
    const sink = defined(this.sink, "a direct member's sink");
    if (sink.unsent > this.limits.maxUnsentBytes) {
      const mib = Math.round(this.limits.maxUnsentBytes / 2 ** 20);
      this.tooSlow(`subscriber fell behind by more than ${mib} MiB of unsent events`);
      return;
    }
    sink.next(tail);
  }

  /** A result for a member that is not direct. */
  add(value: ExecutionResult): void {
    if (this.ended) return;
    if (this.queue.full) this.tooSlow(`subscriber fell ${this.limits.maxQueued} events behind`);
    else this.deliver(value);
  }

  /** Before the stream starts, results wait in its buffer, which its first `next()` reads. */
  private deliver(value: ExecutionResult): void {
    if (this.started) void this.started.push(value);
    else this.queue.add(value);
  }

  /**
   * Too slow for the shared stream: one error result, then the end. The client resumes with
   * its last cursor (a replaying subscription reads the log at its own pace).
   */
  private tooSlow(what: string): void {
    this.queue.clear();
    this.deliver({
      errors: [
        new GraphQLError(`${what}; subscribe again with after = the last cursor received`, {
          extensions: { code: ErrorCode.SUBSCRIBER_TOO_SLOW },
        }),
      ],
    });
    this.end();
    this.leave();
  }

  /** The group ended (its source is done, or failed with `failure`). */
  finish(failure?: unknown): void {
    if (failure === undefined) this.end();
    else this.end(failure instanceof Error ? failure : new Error(String(failure)));
  }

  private end(failure?: Error): void {
    if (this.ended) return;
    this.ended = failure ? { failure } : {};
    this.started?.stop(failure);
  }

  private leave(): void {
    if (this.left) return;
    this.left = true;
    this.onLeave();
  }

  override return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.queue.clear();
    this.end();
    this.leave();
    return super.return();
  }
}
