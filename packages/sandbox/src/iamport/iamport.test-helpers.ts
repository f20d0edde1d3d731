import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { SandboxClock } from "../clock.js";
import { createEnv } from "../create-env.js";
import { useHosts } from "../http/host.test-helpers.js";
import { iamportRoutes } from "./routes.js";
import { createIamportState, DEMO_IAMPORT, type IamportState } from "./state.js";

/** The fixed instant of the §8 vectors, 2025-01-01T00:00:00Z, in epoch seconds. */
export const VECTOR_NOW = 1_735_689_600;

/** The §8.2 request body. */
export const ISSUE_BODY = {
  pg: "nice.nictest04m",
  card_number: "1234-5678-9012-3456",
  expiry: "2028-12",
  birth: "900101",
  pwd_2digit: "12",
  customer_name: "홍길동",
  customer_tel: "010-1234-5678",
  customer_email: "gildong@example.com",
  customer_addr: "서울특별시 강남구 테헤란로 1",
  customer_postcode: "06236",
};

/** A Luhn-valid card for tests that need a second card (BIN 411111). */
export const OTHER_CARD = "4111-1111-1111-1111";

/** A parsed i'mport reply. */
export interface Reply {
  readonly status: number;
  readonly contentType: string | null;
  readonly code: number;
  readonly message: string | null;
  readonly response: any;
}

/** Options of {@link Api.call}. */
export interface CallOptions {
  /** The `Authorization` value; the client's own token (as `Bearer`) when omitted. */
  readonly authorization?: string | null;
  readonly headers?: Record<string, string>;
  /** Send the body form-encoded (`raw` string) instead of JSON. */
  readonly form?: string;
}

/** A tiny i'mport client for tests: JSON by default, the demo merchant's token. */
export class Api {
  /** The token sent as `Bearer` unless a call says otherwise. */
  token = "";

  /** A client of the i'mport host at `url`. */
  constructor(readonly url: string) {}

  /** Gets (and remembers) the demo merchant's token. */
  async login(): Promise<string> {
    const reply = await this.call("POST", "/users/getToken", DEMO_IAMPORT_BODY, {
      authorization: null,
    });
    this.token = reply.response.access_token;
    return this.token;
  }

  async call(
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const authorization =
      options.authorization === undefined ? `Bearer ${this.token}` : options.authorization;
    if (authorization !== null) headers["Authorization"] = authorization;
    let payload: string | undefined;
    if (options.form !== undefined) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      payload = options.form;
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.url}${path}`, { method, headers, body: payload });
    const parsed = (await response.json()) as Omit<Reply, "status" | "contentType">;
    return {
      status: response.status,
      contentType: response.headers.get("content-type"),
      ...parsed,
    };
  }

  /** `GET` with the token. */
  get(path: string, options?: CallOptions): Promise<Reply> {
    return this.call("GET", path, undefined, options);
  }

  /** `POST` a JSON body (or `options.form`) with the token. */
  post(path: string, body: unknown, options?: CallOptions): Promise<Reply> {
    return this.call("POST", path, body, options);
  }
}

const DEMO_IAMPORT_BODY = { imp_key: DEMO_IAMPORT.impKey, imp_secret: DEMO_IAMPORT.impSecret };

/** A started i'mport host on a frozen clock at {@link VECTOR_NOW}. */
export interface IamportHost {
  readonly url: string;
  readonly clock: SandboxClock;
  readonly state: IamportState;
  readonly api: Api;
  /** Sets the clock to epoch seconds `at`. */
  at(seconds: number): void;
}

/** Returns a starter of i'mport hosts (closed after each test); `login` gets a token first. */
export function useIamport(): (options?: { login?: boolean }) => Promise<IamportHost> {
  const startHost = useHosts();
  return async ({ login = true } = {}) => {
    const clock = new SandboxClock({ fixed: VECTOR_NOW * 1000 });
    const state = createIamportState({ clock });
    const { url } = await startHost(iamportRoutes(state), {
      kind: "iamport",
      env: createEnv({ clock }),
    });
    const api = new Api(url);
    if (login) await api.login();
    return { url, clock, state, api, at: (seconds) => clock.set(seconds * 1000) };
  };
}

/** One webhook as received. */
export interface ReceivedHook {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** A local webhook receiver answering the queued statuses (200 once they run out). */
export interface Receiver {
  readonly url: string;
  readonly received: ReceivedHook[];
  readonly statuses: number[];
}

/** Returns a starter of webhook receivers, closed after each test. */
export function useReceiver(): () => Promise<Receiver> {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      }),
    );
  });
  return async () => {
    const received: ReceivedHook[] = [];
    const statuses: number[] = [];
    const server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (chunk: Buffer) => parts.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(parts).toString("utf8");
        received.push({ path: req.url ?? "", contentType: req.headers["content-type"], body });
        res.writeHead(statuses.shift() ?? 200).end("OK");
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/iamport/webhook`, received, statuses };
  };
}
