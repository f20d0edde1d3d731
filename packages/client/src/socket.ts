import { type Client, CloseCode, createClient } from "graphql-ws";

/** How reconnecting backs off: jittered, doubling from `minDelayMs`, capped at `maxDelayMs`. */
export interface ReconnectOptions {
  /** Ceiling of the first delay (default 500 ms). */
  minDelayMs?: number;
  /** Ceiling of every later delay (default 3,000 ms). */
  maxDelayMs?: number;
}

/** Where the WebSocket connection stands, for "reconnecting..." indicators. */
export type ConnectionState = "connecting" | "connected" | "disconnected";

/** What the WebSocket side of the client needs. */
export interface SocketOptions {
  url: string;
  /** Sent in connectionParams as `{ authorization: "Bearer <apiKey>" }`. */
  apiKey?: string;
  /**
   * What `connection_init` carries instead, e.g. a GraphQL editor's own headers (the gateway
   * reads `authorization`). A new value needs a new client: graphql-ws reads it per connection.
   */
  connectionParams?: Record<string, unknown>;
  webSocketImpl?: unknown;
  reconnect?: ReconnectOptions;
  /** Ping interval; a ping without a pong within half of it drops the socket (default 10 s). */
  keepAliveMs?: number;
  onConnectionChange?: (state: ConnectionState) => void;
}

/**
 * The graphql-ws URL of a GraphQL URL: `http:` becomes `ws:`, `https:` becomes `wss:`, and a
 * relative URL (`/graphql`, in a page) is resolved against the page's location first.
 */
export function webSocketUrl(url: string): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  const absolute = page ? new URL(url, page) : new URL(url);
  if (absolute.protocol === "https:") absolute.protocol = "wss:";
  else if (absolute.protocol === "http:") absolute.protocol = "ws:";
  return absolute.toString();
}

/**
 * The delay before reconnect attempt `retries` (0 first): "equal jitter", a random value
 * between half and all of min(maxDelayMs, minDelayMs * 2^retries), so that many clients
 * dropped at once by a restart do not come back at once.
 */
export function reconnectDelay(
  retries: number,
  options: ReconnectOptions = {},
  random: () => number = Math.random,
): number {
  const min = options.minDelayMs ?? 500;
  const max = options.maxDelayMs ?? 3_000;
  const ceiling = Math.min(max, min * 2 ** retries);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Whether to reconnect after the socket closed or failed: always, except after 4403, which
 * the gateway sends for a refused API key (a bad key does not become good by retrying).
 * graphql-ws never retries its fatal protocol closes (4400, 4401, 4406, 4409, 4429, 4500,
 * ...) whatever this says. A socket *error* (connection refused or reset, a failed
 * handshake) reaches here before its close event, and graphql-ws's default treats it as
 * fatal: in a browser that would end every subscription on the first restart of the gateway.
 */
export function shouldReconnect(errOrCloseEvent: unknown): boolean {
  const isClose =
    typeof errOrCloseEvent === "object" &&
    errOrCloseEvent !== null &&
    "code" in errOrCloseEvent &&
    "reason" in errOrCloseEvent;
  return !isClose || errOrCloseEvent.code !== CloseCode.Forbidden;
}

/**
 * A lazy graphql-ws client that reconnects forever (graphql-ws gives up after 5 attempts
 * by default) and drops a socket that stops answering pings, so a half-open connection
 * (sleeping laptop, lost Wi-Fi) is noticed and replaced.
 */
export function createSocketClient(options: SocketOptions): Client {
  const keepAlive = options.keepAliveMs ?? 10_000;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client: Client = createClient({
    url: options.url,
    webSocketImpl: options.webSocketImpl,
    connectionParams: options.connectionParams ?? { authorization: `Bearer ${options.apiKey}` },
    lazy: true,
    retryAttempts: Infinity,
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries, options.reconnect))),
    shouldRetry: shouldReconnect,
    keepAlive,
    on: {
      connecting: () => options.onConnectionChange?.("connecting"),
      connected: () => options.onConnectionChange?.("connected"),
      closed: () => {
        clearTimeout(pongTimer);
        options.onConnectionChange?.("disconnected");
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => client.terminate(), keepAlive / 2);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });
  return client;
}
