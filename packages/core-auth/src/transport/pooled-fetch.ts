import { setImmediate as nextCheckPhase } from "node:timers/promises";
import { Agent, fetch as undiciFetch } from "undici";
import { type FetchLike, type FetchResponseLike } from "./types.js";

/** Connection-pool settings of the default fetch. */
export interface PoolOptions {
  /** Concurrent sockets per origin. Default 16. */
  connectionsPerOrigin?: number;
  /** Idle time before a kept-alive socket is closed when the server gives no hint. Default 4 s. */
  keepAliveTimeoutMs?: number;
  /** Upper bound on a server's `Keep-Alive: timeout` hint. Default 60 s. */
  keepAliveMaxTimeoutMs?: number;
  /** TCP + TLS connect deadline. Default 10 s. */
  connectTimeoutMs?: number;
}

/** A fetch bound to its own keep-alive pool, and the means to close that pool. */
export interface PooledFetch {
  fetch: FetchLike;
  /** Closes the pool; waits for requests in flight (each is bounded by its deadline). */
  close(): Promise<void>;
}

/** Creates undici's fetch over a dedicated keep-alive {@link Agent}. */
export function createPooledFetch(options: PoolOptions = {}): PooledFetch {
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 16,
    // Below Node's 5 s server default, so korbill drops an idle socket before the server does.
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
    keepAliveMaxTimeout: options.keepAliveMaxTimeoutMs ?? 60_000,
    connect: { timeout: options.connectTimeoutMs ?? 10_000 },
  });
  return {
    fetch: async (url, init) =>
      releasingSocket(await undiciFetch(url, { ...init, dispatcher: agent })),
    // close() rather than destroy(): aborting a POST mid-flight would leave its outcome unknown.
    close: () => agent.close(),
  };
}

/**
 * undici frees a kept-alive socket one event-loop cycle after the body ends (it checks the
 * server did not close it). Waiting for that cycle lets a back-to-back request reuse the
 * socket instead of opening a second one.
 */
function releasingSocket(response: FetchResponseLike): FetchResponseLike {
  return {
    status: response.status,
    headers: response.headers,
    arrayBuffer: async () => {
      const body = await response.arrayBuffer();
      await nextCheckPhase();
      return body;
    },
  };
}
