import type { DocumentNode } from "graphql";
import type { Client } from "graphql-ws";
import type { KorbillError } from "./errors.js";
import { type KorbillSubscription, subscribeResumable } from "./subscriptions.js";

/** A subscription as an async iterator; `break` (or `return()`) unsubscribes. */
export interface KorbillEventStream<TResult> extends AsyncIterableIterator<TResult> {
  /** The last cursor received; store it to resume from there later with `after`. */
  readonly cursor: string | null;
  return(): Promise<IteratorResult<TResult, undefined>>;
}

/**
 * The async-iterator form of `subscribeResumable`: events are buffered until read, a
 * GraphQL error or fatal failure is thrown from `next()` and ends the stream.
 */
export function streamResumable<TResult>(
  client: Client,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): KorbillEventStream<TResult> {
  const queue: TResult[] = [];
  let failure: KorbillError | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const subscription: KorbillSubscription = subscribeResumable<TResult>(
    client,
    document,
    variables,
    {
      onEvent: (event) => {
        queue.push(event);
        signal();
      },
      onError: (error) => {
        if (!ended) failure ??= error;
        signal();
      },
      onComplete: () => {
        ended = true;
        signal();
      },
    },
  );
  const finish = (): IteratorResult<TResult, undefined> => {
    ended = true;
    subscription.unsubscribe();
    return { value: undefined, done: true };
  };
  return {
    get cursor() {
      return subscription.cursor;
    },
    async next(): Promise<IteratorResult<TResult, undefined>> {
      for (;;) {
        if (queue.length) return { value: queue.shift() as TResult, done: false };
        if (failure) {
          const error = failure;
          failure = undefined;
          finish();
          throw error;
        }
        if (ended) return finish();
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return() {
      queue.length = 0;
      return finish();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
