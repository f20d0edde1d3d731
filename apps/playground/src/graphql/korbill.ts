import {
  type ConnectionState,
  type KorbillClient,
  type KorbillDocument,
  createKorbillClient,
} from "@korbill/client";
import { parse } from "graphql";
import { type ShownError, toShownErrors } from "./shown-errors.js";

/** An event stream whose items carry a cursor (every korbill `*Events` subscription). */
export interface EventRequest {
  /** A subscription declaring `$after: String`, so that @korbill/client resumes it. */
  query: string;
  /** The subscription's root field, e.g. `cashbillEvents`. */
  field: string;
  variables?: Record<string, unknown>;
}

/** What an event subscription reports. */
export interface EventHandlers<T> {
  next(event: T): void;
  /** GraphQL errors, or a failure that ends the stream (e.g. a refused key). */
  error(errors: ShownError[]): void;
}

/** What the panels talk to the gateway with: @korbill/client, driven by operation text. */
export interface PlaygroundClient {
  /** A query or mutation over HTTP; throws @korbill/client's `KorbillError`. */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A resumable subscription over the shared socket; returns what ends it. */
  subscribe<T extends { cursor: string }>(
    request: EventRequest,
    handlers: EventHandlers<T>,
  ): () => void;
  /** Resolves once the socket is connected (at once if it is), or after `timeoutMs` anyway. */
  whenConnected(timeoutMs?: number): Promise<void>;
  /** Follows the socket's state; returns what stops following it. */
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
  close(): Promise<void>;
  /** The @korbill/client itself, for code shared with the CLI (the import view). */
  client: KorbillClient;
}

const documents = new Map<string, KorbillDocument<unknown, unknown>>();

/** The panels' operations are fixed strings: each is parsed once. */
function documentOf<T>(query: string): KorbillDocument<T, Record<string, unknown>> {
  let document = documents.get(query);
  if (!document) documents.set(query, (document = parse(query)));
  return document as KorbillDocument<T, Record<string, unknown>>;
}

/** A @korbill/client for `url` and `apiKey` (nothing connects until first used). */
export function createPlaygroundClient(url: string, apiKey: string): PlaygroundClient {
  let state: ConnectionState = "disconnected";
  const listeners = new Set<(state: ConnectionState) => void>();
  const korbill: KorbillClient = createKorbillClient({
    url,
    apiKey,
    onConnectionChange: (next) => {
      state = next;
      for (const listener of [...listeners]) listener(next);
    },
  });
  const onConnectionChange = (listener: (state: ConnectionState) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    request: (query, variables) => korbill.request(documentOf(query), variables),
    subscribe<T extends { cursor: string }>(request: EventRequest, handlers: EventHandlers<T>) {
      const subscription = korbill.subscribe(
        documentOf<Record<string, T>>(request.query),
        request.variables ?? {},
        {
          onEvent: (data) => {
            const event = data[request.field];
            if (event) handlers.next(event);
          },
          onError: (error) => handlers.error(toShownErrors(error)),
        },
      );
      return () => subscription.unsubscribe();
    },
    whenConnected: (timeoutMs = 5_000) =>
      new Promise<void>((resolve) => {
        if (state === "connected") return resolve();
        const done = () => {
          clearTimeout(timer);
          off();
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        const off = onConnectionChange((next) => next === "connected" && done());
      }),
    onConnectionChange,
    close: () => korbill.close(),
    client: korbill,
  };
}
