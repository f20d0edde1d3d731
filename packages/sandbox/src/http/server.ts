import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { type SandboxEnv } from "../env.js";
import { readRawBody } from "./body.js";
import { writeReply } from "./encode.js";
import { SANDBOX_CODES, SandboxHttpError } from "./errors.js";
import {
  type BeforeHook,
  type BeforeOutcome,
  DROP_CONNECTION,
  LOSE_REPLY,
  runBeforeHooks,
} from "./middleware.js";
import { errorReply, type SandboxReply } from "./reply.js";
import { toSandboxRequest, type HostKind, type SandboxRequest } from "./request.js";
import { type RequestLog } from "./request-log.js";
import { type RouteSpec, type Router } from "./router.js";

/** What an {@link HttpHost} needs. */
export interface HttpHostOptions {
  /** Which upstream host it plays (recorded in the request log). */
  readonly kind: HostKind;
  /** Its routes. */
  readonly router: Router;
  /** Shared clock, state and settings. */
  readonly env: SandboxEnv;
  /** Shared request log. */
  readonly log: RequestLog;
  /** Shared, mutable list of hooks run before each upstream route. */
  readonly before: readonly BeforeHook[];
  /** Runs after each request's handler, before its reply is written (state persistence). */
  readonly afterRequest?: (request: SandboxRequest) => void;
  /** Base URL of the host as clients reach it (default: its listening URL). */
  readonly publicUrl?: string;
}

/**
 * One emulated upstream host on its own `node:http` server: reads raw bodies, logs,
 * runs the `before` hooks, dispatches, and writes JSON/text replies.
 */
export class HttpHost {
  readonly #options: HttpHostOptions;
  readonly #server: Server;
  #url: string | undefined;

  /** Creates the host; call {@link listen} to open its port. */
  constructor(options: HttpHostOptions) {
    this.#options = options;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch(() => req.socket.destroy());
    });
  }

  /** The base URL (`http://127.0.0.1:PORT`) once listening. */
  get url(): string | undefined {
    return this.#url;
  }

  /** Listens on `host:port` (port 0 picks a free one) and returns the base URL. */
  async listen(port: number, host: string): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
    const address = this.#server.address() as AddressInfo;
    const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
    this.#url = `http://${shownHost}:${address.port}`;
    return this.#url;
  }

  /** Stops listening and closes every open (keep-alive) connection. */
  async close(): Promise<void> {
    if (!this.#server.listening) return;
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
    this.#url = undefined;
  }

  async #handle(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
    const { env, kind, router } = this.#options;
    let acceptEncoding = incoming.headers["accept-encoding"];
    try {
      const rawBody = await readRawBody(incoming);
      const request = toSandboxRequest(
        incoming,
        rawBody,
        kind,
        env,
        this.#options.publicUrl ?? this.#url,
      );
      acceptEncoding = request.headers.get("accept-encoding");
      const match = router.resolve(request.method, request.override, request.path);
      const route = match.kind === "found" ? match.route : undefined;
      const entry = route?.internal ? undefined : this.#record(request);
      const reply = await this.#dispatch(
        { ...request, params: match.kind === "found" ? match.params : {} },
        match,
        route,
      );
      this.#options.afterRequest?.(request); // what the handler changed is saved before anyone hears of it
      if (reply === DROP_CONNECTION) {
        incoming.socket.destroy();
        return;
      }
      if (entry) entry.status = reply.status;
      writeReply(res, reply, acceptEncoding);
    } catch (error) {
      writeReply(res, errorReply(asHttpError(error)), acceptEncoding);
    }
  }

  async #dispatch(
    request: SandboxRequest,
    match: ReturnType<Router["resolve"]>,
    route: RouteSpec | undefined,
  ): Promise<SandboxReply | typeof DROP_CONNECTION> {
    let outcome: BeforeOutcome;
    try {
      outcome = route?.internal ? undefined : await runBeforeHooks(this.#options.before, request);
    } catch (error) {
      return errorReply(asHttpError(error));
    }
    if (outcome !== undefined && outcome !== LOSE_REPLY) return outcome;
    const reply = await this.#route(request, match, route);
    return outcome === LOSE_REPLY ? DROP_CONNECTION : reply;
  }

  async #route(
    request: SandboxRequest,
    match: ReturnType<Router["resolve"]>,
    route: RouteSpec | undefined,
  ): Promise<SandboxReply> {
    try {
      if (route) return await route.handler(request);
      throw routingError(match.kind, request);
    } catch (error) {
      return errorReply(asHttpError(error));
    }
  }

  #record(request: SandboxRequest) {
    return this.#options.log.record({
      host: request.host,
      method: request.method,
      override: request.override,
      path: request.path,
      query: request.rawQuery,
      headers: request.headers.toRecord(),
      bodySize: request.rawBody.length,
      time: request.receivedAt,
      status: undefined,
    });
  }
}

function routingError(kind: string, request: SandboxRequest): SandboxHttpError {
  const what = `${request.method}${request.override ? ` (override ${request.override})` : ""} ${request.path}`;
  return kind === "method-not-allowed"
    ? new SandboxHttpError(405, SANDBOX_CODES.routeNotFound, `method not supported: ${what}`)
    : new SandboxHttpError(404, SANDBOX_CODES.routeNotFound, `no such API: ${what}`);
}

function asHttpError(error: unknown): SandboxHttpError {
  if (error instanceof SandboxHttpError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SandboxHttpError(500, SANDBOX_CODES.internal, `sandbox internal error: ${detail}`);
}
