import { setImmediate as nextCheckPhase } from "node:timers/promises";
import { Agent, request as undiciRequest } from "undici";
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

/**
 * A fetch-shaped function over undici's `request` and a dedicated keep-alive {@link Agent}.
 * `request` rather than undici's `fetch`: the transport reads status, headers and the whole
 * body, so WHATWG streams and Request/Response objects were pure overhead (a third of an
 * upstream call's CPU). Redirects are not followed (the transport asks for `manual`), and
 * bodies come as sent: the transport decodes gzip, the only encoding it accepts.
 */
export function createPooledFetch(options: PoolOptions = {}): PooledFetch {
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 16,
    // Below Node's 5 s server default, so korbill drops an idle socket before the server does.
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
    keepAliveMaxTimeout: options.keepAliveMaxTimeoutMs ?? 60_000,
    connect: { timeout: options.connectTimeoutMs ?? 10_000 },
  });
  return {
    fetch: async (url, init) => {
      const reply = await undiciRequest(url, {
        dispatcher: agent,
        method: init.method,
        headers: init.headers,
        body: init.body ?? null,
        signal: init.signal,
      });
      return {
        status: reply.statusCode,
        headers: headerView(reply.headers),
        // undici frees a kept-alive socket one event-loop cycle after the body ends (it checks
        // the server did not close it). Waiting for that cycle lets a back-to-back request
        // reuse the socket instead of opening a second one.
        arrayBuffer: async () => {
          const body = await reply.body.arrayBuffer();
          await nextCheckPhase();
          return body;
        },
      };
    },
    // close() rather than destroy(): aborting a POST mid-flight would leave its outcome unknown.
    close: () => agent.close(),
  };
}

/** undici's header record (lower-case names, repeats as arrays) as the part of `Headers` read. */
function headerView(
  headers: Record<string, string | string[] | undefined>,
): FetchResponseLike["headers"] {
  const value = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(", ") : v);
  return {
    get: (name) => value(headers[name.toLowerCase()]) ?? null,
    forEach(callback) {
      for (const [name, v] of Object.entries(headers)) {
        const joined = value(v);
        if (joined !== undefined) callback(joined, name);
      }
    },
  };
}
