import { SandboxClock } from "../clock.js";
import { createEnv } from "../create-env.js";
import { type SandboxEnv } from "../env.js";
import { useHosts } from "../http/host.test-helpers.js";
import { sendChunked } from "../http/raw-http.test-helpers.js";
import { type RequestLog } from "../http/request-log.js";
import { Router } from "../http/router.js";
import { requestToken, VECTOR_DATE } from "../linkhub/linkhub.test-helpers.js";
import { addLinkhubRoutes } from "../linkhub/routes.js";
import { addPopbillRoutes } from "../popbill/routes.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "../seeds.js";
import { SandboxState } from "../state/state.js";
import { addHometaxControlRoutes } from "./control.js";
import { addHometaxRoutes } from "./routes.js";
import { createHometaxState, type HometaxState, type HometaxStateOptions } from "./state.js";

/** The first demo member and the other one. */
export const CORP = "1234567890";
export const OTHER_CORP = "6798700433";
/** The demo HomeTax account (README). */
export const DEMO_ID = "demo-dept";
export const DEMO_PWD = "demo-pass-1!";

/** A JSON reply as a test sees it. */
export interface Reply {
  readonly status: number;
  readonly type: string | null;
  readonly body: any;
}

/** What {@link HometaxHarness.call} sends. */
export interface CallOptions {
  /** Bearer token; default a member token of {@link CORP} for the path's service, `null` for none. */
  readonly token?: string | null;
  readonly override?: string;
  readonly body?: unknown;
}

/** A real auth host and a POPBiLL host with the HomeTax routes, on one env and clock. */
export interface HometaxHarness {
  readonly clock: SandboxClock;
  readonly env: SandboxEnv;
  readonly hometax: HometaxState;
  readonly authUrl: string;
  readonly url: string;
  readonly log: RequestLog;
  /** A member token from the auth host, signed at the current sandbox time. */
  token(options?: { corpNum?: string; scopes?: string[] }): Promise<string>;
  /** Any request to the POPBiLL host. */
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  /** `POST /DeptUser` with a chunked JSON body, as Node's SDK sends it. */
  registDeptUser(svc: string, body: object, token?: string): Promise<Reply>;
}

/**
 * Registers the hosts' cleanup and returns a starter: the clock frozen at {@link VECTOR_DATE}
 * (10:02:03 KST, 2026-11-23), demo partner and members seeded, the demo HomeTax account set.
 */
export function useHometax(): (
  options?: Omit<HometaxStateOptions, "clock">,
) => Promise<HometaxHarness> {
  const start = useHosts();
  return async (options = {}) => {
    const clock = new SandboxClock({ fixed: VECTOR_DATE });
    const state = new SandboxState();
    state.addPartner(DEMO_PARTNER);
    for (const member of DEMO_MEMBERS) state.addMember(member);
    const env = createEnv({ clock, state });
    const hometax = createHometaxState({ clock, ...options });
    const auth = await start(addLinkhubRoutes(new Router()), { kind: "auth", env });
    const router = addHometaxControlRoutes(
      addHometaxRoutes(addPopbillRoutes(new Router()), hometax),
      hometax,
    );
    const popbill = await start(router, { kind: "popbill", env });
    const token: HometaxHarness["token"] = async (o = {}) => {
      const body = JSON.stringify({
        access_id: o.corpNum ?? CORP,
        scope: o.scopes ?? ["member", "141", "111"],
      });
      const reply = await requestToken(auth.url, {
        body,
        forwarded: "*",
        date: clock.now().toISOString(),
      });
      if (reply.status !== 200)
        throw new Error(`token request failed: ${JSON.stringify(reply.body)}`);
      return String(reply.body["session_token"]);
    };
    let defaultToken: string | undefined;
    const bearer = async (given: string | null | undefined) =>
      given === undefined ? (defaultToken ??= await token()) : given;
    return {
      clock,
      env,
      hometax,
      authUrl: auth.url,
      url: popbill.url,
      log: popbill.log,
      token,
      call: async (method, path, o = {}) =>
        send(popbill.url, method, path, await bearer(o.token), o),
      registDeptUser: async (svc, body, given) => {
        const raw = await sendChunked(popbill.url, {
          path: `/HomeTax/${svc}/DeptUser`,
          headers: {
            Authorization: `Bearer ${await bearer(given)}`,
            "Content-Type": "application/json;charset=utf-8",
          },
          chunks: [JSON.stringify(body)],
        });
        const text = raw.body.toString("utf8");
        return {
          status: raw.status,
          type: raw.headers["content-type"] ?? null,
          body: JSON.parse(text),
        };
      },
    };
  };
}

async function send(
  url: string,
  method: string,
  path: string,
  token: string | null,
  options: CallOptions,
): Promise<Reply> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json;charset=utf-8",
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    ...(options.override ? { "X-HTTP-Method-Override": options.override } : {}),
  };
  const body =
    options.body === undefined
      ? method === "POST"
        ? ""
        : undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  const response = await fetch(`${url}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: text === "" ? undefined : JSON.parse(text),
  };
}

/** Requests a crawl and returns its JobID (fails the test on a refusal). */
export async function requestJob(h: HometaxHarness, path: string, token?: string): Promise<string> {
  const reply = await h.call("POST", path, token === undefined ? {} : { token });
  if (reply.status !== 200) throw new Error(`requestJob ${path}: ${JSON.stringify(reply.body)}`);
  return reply.body.jobID as string;
}

/** Registers the demo department user for both services of the default member. */
export async function registerDemoUser(h: HometaxHarness, token?: string): Promise<void> {
  for (const svc of ["Cashbill", "Taxinvoice"]) {
    const reply = await h.registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD }, token);
    if (reply.body.code !== 1) throw new Error(`registDeptUser: ${JSON.stringify(reply.body)}`);
  }
}

/** Moves the clock past the whole crawl (pending + processing). */
export function finish(h: HometaxHarness): void {
  const { pendingMs, processingMs } = h.hometax.jobTiming;
  h.clock.advance(pendingMs + processingMs);
}

/** Every row of a search, all pages (PerPage 1000), in the order asked. */
export async function allRows(h: HometaxHarness, path: string, token?: string): Promise<any[]> {
  const rows: any[] = [];
  for (let page = 1; ; page++) {
    const reply = await h.call("GET", `${path}&PerPage=1000&Page=${page}`, token ? { token } : {});
    if (reply.status !== 200) throw new Error(`search ${path}: ${JSON.stringify(reply.body)}`);
    rows.push(...reply.body.list);
    if (page >= reply.body.pageCount) return rows;
  }
}
