import { GraphQLError } from "graphql";
import { TOO_MANY_SUBSCRIPTIONS_CODE } from "../limits/limit-error.js";

/**
 * Counts the subscriptions each socket and each API key hold on this instance, and refuses one
 * over either cap (`TOO_MANY_SUBSCRIPTIONS`, an error for that operation; the socket stays open).
 * Sockets are graphql-ws contexts; ids are the operations' ids on their socket.
 */
export class SubscriptionCaps {
  private readonly bySocket = new WeakMap<object, { key: string | null; ids: Set<string> }>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly caps: { perSocket: number; perKey: number }) {}

  /** Counts subscription `id` of `socket` (opened with API key `key`), or returns the refusal. */
  acquire(socket: object, id: string, key: string | null): GraphQLError | undefined {
    let held = this.bySocket.get(socket);
    if (!held) this.bySocket.set(socket, (held = { key, ids: new Set() }));
    if (held.ids.size >= this.caps.perSocket) {
      return refusal(`this connection already holds ${held.ids.size} subscriptions`, {
        limit: this.caps.perSocket,
        scope: "SOCKET",
      });
    }
    const ofKey = key === null ? 0 : (this.byKey.get(key) ?? 0);
    if (key !== null && ofKey >= this.caps.perKey) {
      return refusal(`this API key already holds ${ofKey} subscriptions`, {
        limit: this.caps.perKey,
        scope: "API_KEY",
      });
    }
    held.ids.add(id);
    if (key !== null) this.byKey.set(key, ofKey + 1);
    return undefined;
  }

  /** Forgets subscription `id` of `socket` (no-op for an id that was never counted). */
  release(socket: object, id: string): void {
    const held = this.bySocket.get(socket);
    if (!held?.ids.delete(id) || held.key === null) return;
    const left = (this.byKey.get(held.key) ?? 1) - 1;
    if (left > 0) this.byKey.set(held.key, left);
    else this.byKey.delete(held.key);
  }

  /** Forgets every subscription of a closed socket. */
  releaseAll(socket: object): void {
    const held = this.bySocket.get(socket);
    if (!held) return;
    for (const id of [...held.ids]) this.release(socket, id);
    this.bySocket.delete(socket);
  }

  /** Subscriptions counted for `key` (for tests and metrics). */
  heldBy(key: string): number {
    return this.byKey.get(key) ?? 0;
  }
}

function refusal(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(`${message}; close one before opening another`, {
    extensions: { code: TOO_MANY_SUBSCRIPTIONS_CODE, ...extensions },
  });
}
