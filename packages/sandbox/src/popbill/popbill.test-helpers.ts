import { createHash } from "node:crypto";
import { afterEach } from "vitest";
import { memberToken, VECTOR_DATE } from "../linkhub/linkhub.test-helpers.js";
import { SandboxClock } from "../clock.js";
import { createSandbox, type Sandbox, type SandboxOptions } from "../sandbox.js";

/** A JSON reply as a test sees it. */
export interface Reply {
  readonly status: number;
  readonly type: string | null;
  readonly body: any;
}

/** What {@link PopbillHarness.call} sends. */
export interface CallOptions {
  readonly override?: string;
  /** A string is sent verbatim; anything else as JSON. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Bearer token; default the harness's member token, `null` for none. */
  readonly token?: string | null;
}

/** A started sandbox, a member token of 1234567890 (scopes member, 140) and request helpers. */
export interface PopbillHarness {
  readonly sandbox: Sandbox;
  readonly authUrl: string;
  readonly popbillUrl: string;
  readonly token: string;
  /** Any request to the POPBiLL host. */
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  /** registIssue of `receipt(overrides)`. */
  issue(overrides?: Record<string, unknown>, options?: CallOptions): Promise<Reply>;
  /** BULKISSUE with a correct digest unless `headers` override it. */
  bulk(submitId: string, cashbills: unknown[], options?: CallOptions): Promise<Reply>;
  /** getBulkResult. */
  bulkState(submitId: string, options?: CallOptions): Promise<Reply>;
  /** getInfo. */
  info(mgtKey: string, options?: CallOptions): Promise<Reply>;
}

/** A valid approval receipt of member 1234567890 at {@link VECTOR_DATE} (10:02:03 KST). */
export function receipt(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mgtKey: "MK-1",
    tradeDT: "20261123100203",
    tradeType: "승인거래",
    tradeUsage: "소득공제용",
    tradeOpt: "일반",
    taxationType: "과세",
    supplyCost: "10000",
    tax: "1000",
    serviceFee: "0",
    totalAmount: "11000",
    franchiseCorpNum: "1234567890",
    identityNum: "01012341234",
    customerName: "홍길동",
    itemName: "상품A",
    ...overrides,
  };
}

/** A clock running in real time from {@link VECTOR_DATE} (tokens signed at that date stay in skew). */
export function runningClock(): SandboxClock {
  const clock = new SandboxClock({ fixed: VECTOR_DATE });
  clock.resume();
  return clock;
}

/** base64(SHA-1(bytes)), the `x-pb-message-digest`. */
export function digestOf(body: string | Buffer): string {
  return createHash("sha1").update(body).digest("base64");
}

/**
 * Registers an `afterEach` that stops every sandbox started through the returned
 * function. The clock is frozen at {@link VECTOR_DATE} unless the options say otherwise.
 */
export function usePopbill(): (options?: SandboxOptions) => Promise<PopbillHarness> {
  const started: Sandbox[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((sandbox) => sandbox.stop()));
  });
  return async (options = {}) => {
    const sandbox = createSandbox({ clock: { fixed: VECTOR_DATE }, ...options });
    started.push(sandbox);
    const { authUrl, popbillUrl } = await sandbox.start();
    const token = await memberToken(authUrl);
    const call = (method: string, path: string, callOptions: CallOptions = {}) =>
      send(popbillUrl, token, method, path, callOptions);
    return {
      sandbox,
      authUrl,
      popbillUrl,
      token,
      call,
      issue: (overrides = {}, o = {}) =>
        call("POST", "/Cashbill", { override: "ISSUE", body: receipt(overrides), ...o }),
      bulk: (submitId, cashbills, o = {}) => {
        const body = JSON.stringify({ cashbills });
        const headers = {
          "x-pb-submit-id": submitId,
          "x-pb-message-digest": digestOf(body),
          ...o.headers,
        };
        return call("POST", "/Cashbill", { override: "BULKISSUE", body, ...o, headers });
      },
      bulkState: (submitId, o = {}) => call("GET", `/Cashbill/BULK/${submitId}/State`, o),
      info: (mgtKey, o = {}) => call("GET", `/Cashbill/${mgtKey}`, o),
    };
  };
}

async function send(
  baseUrl: string,
  defaultToken: string,
  method: string,
  path: string,
  options: CallOptions,
): Promise<Reply> {
  const token = options.token === undefined ? defaultToken : options.token;
  const headers: Record<string, string> = {
    "Content-Type": "application/json;charset=utf-8",
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    ...(options.override ? { "X-HTTP-Method-Override": options.override } : {}),
    ...options.headers,
  };
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: text === "" ? undefined : JSON.parse(text),
  };
}
