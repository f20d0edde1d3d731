import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  Kind,
  type ValueNode,
  getOperationAST,
} from "graphql";
import { Fifo } from "@korbill/core-events";
import { type SubscribeResult, subscribeEvents as subscribe } from "./event-executor.js";

/** A queued result per member beyond this ends that member's subscription (too slow). */
const DEFAULT_MAX_QUEUED = 10_000;

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
  if (roots.length !== 1 || roots[0]!.kind !== Kind.FIELD) return null;
  const replays = roots[0]!.arguments?.some(
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
 * event for the whole group instead of one per subscriber. Members leave on their own; the
 * last to leave stops the shared execution.
 */
export class SharedSubscriptions {
  private readonly live = new Map<string, Group>();
  private readonly starting = new Map<string, Promise<Group | ExecutionResult>>();

  constructor(private readonly maxQueued = DEFAULT_MAX_QUEUED) {}

  /** Number of shared executions running (for tests and metrics). */
  get size(): number {
    return this.live.size;
  }

  /** graphql-ws's `subscribe`: `key` null runs the subscription on its own. */
  async subscribe(args: ExecutionArgs, key: string | null): Promise<SubscribeResult> {
    if (key === null) return subscribe(args);
    for (;;) {
      const running = this.live.get(key);
      if (running) {
        const member = running.join(this.maxQueued);
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
      const member = group.join(this.maxQueued);
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
    const group: Group = new Group(result, () => {
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
    private readonly onEnd: () => void,
  ) {}

  /** A new member, or null when the group already ended. */
  join(maxQueued: number): Member | null {
    if (this.ended) return null;
    const member = new Member(maxQueued, () => this.leave(member));
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
        for (const member of this.members) member.push(next.value);
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

/** What a member delivers once its queue is drained and no more results come. */
interface Ending {
  /** A last result (the too-slow error) before the end. */
  last?: ExecutionResult;
  /** The shared source failed: the member's iterator throws it. */
  failure?: unknown;
}

/** One subscriber's view of a group: a queue of the shared results. */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue = new Fifo<ExecutionResult>();
  private waiter: {
    resolve(r: IteratorResult<ExecutionResult>): void;
    reject(e: unknown): void;
  } | null = null;
  /** Set once no more results are accepted; consumed after the queue drains. */
  private ending: Ending | null = null;

  constructor(
    private readonly maxQueued: number,
    private readonly onLeave: () => void,
  ) {}

  push(value: ExecutionResult): void {
    if (this.ending) return;
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve({ value, done: false });
      return;
    }
    if (this.queue.size < this.maxQueued) {
      this.queue.push(value);
      return;
    }
    // Too slow for the shared stream: one error result, then the end. The client resumes with
    // its last cursor (a replaying subscription reads the log at its own pace).
    this.queue.clear();
    this.close({
      last: {
        errors: [
          new GraphQLError(
            `subscriber fell ${this.maxQueued} events behind; subscribe again with after = the last cursor received`,
            { extensions: { code: "SUBSCRIBER_TOO_SLOW" } },
          ),
        ],
      },
    });
    this.onLeave();
  }

  /** The group ended (its source is done, or failed with `failure`). */
  finish(failure?: unknown): void {
    this.close(failure === undefined ? {} : { failure });
  }

  private close(ending: Ending): void {
    if (this.ending) return;
    this.ending = ending;
    if (!this.waiter) return;
    const waiter = this.waiter;
    this.waiter = null;
    this.takeEnding().then(waiter.resolve, waiter.reject);
  }

  private takeEnding(): Promise<IteratorResult<ExecutionResult>> {
    const ending = this.ending!;
    this.ending = {};
    if (ending.last) return Promise.resolve({ value: ending.last, done: false });
    if (ending.failure !== undefined)
      return Promise.reject(
        ending.failure instanceof Error ? ending.failure : new Error(String(ending.failure)),
      );
    return Promise.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.ending) return this.takeEnding();
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.clear();
    if (!this.ending) {
      this.ending = {};
      this.onLeave();
    } else this.ending = {};
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
