import { createHash, createHmac } from "node:crypto";
import { afterEach } from "vitest";
import { createSandbox, type Sandbox, type SandboxOptions } from "../sandbox.js";

/** The instant of the §5.1 vectors. */
export const VECTOR_DATE = "2026-11-23T01:02:03.000Z";
/** The public demo SecretKey of the §5.1 vectors. */
export const TEST_SECRET = "SwWxqU+0TErBXy/9TVjIPEnI0VTUMMSQZtJf3Ed8q3I=";

/** The V1 body of popbill.md §5.1. */
export const V1_BODY = '{"access_id":"1234567890","scope":["member","140"]}';
/** The V1 signature of popbill.md §5.1. */
export const V1_SIG = "/6i302S1pOrxT24puBfhORQPV3gnCjr94L19ixvUR7k=";

/** Variations of the V1 raw request. */
export interface RawToken {
  path?: string;
  date?: string;
  signature: string;
  forwarded?: boolean;
  body?: string;
}

/** The token request framed exactly as Node's client framed V1 (§5.1), with variations. */
export function rawTokenRequest(options: RawToken): string {
  const body = options.body ?? V1_BODY;
  return [
    `POST ${options.path ?? "/POPBILL_TEST/Token"} HTTP/1.1`,
    `x-lh-date: ${options.date ?? VECTOR_DATE}`,
    "x-lh-version: 2.0",
    `Authorization: LINKHUB TESTER ${options.signature}`,
    "Content-Type: Application/json",
    "User-Agent: NODEJS LINKHUB SDK",
    ...(options.forwarded ? ["x-lh-forwarded: *"] : []),
    "Host: auth.linkhub.co.kr",
    "Connection: keep-alive",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

/** A started sandbox with its auth URL. */
export interface StartedSandbox {
  readonly sandbox: Sandbox;
  readonly authUrl: string;
}

/**
 * Registers an `afterEach` that stops every sandbox started through the returned
 * function; by default the clock is frozen at {@link VECTOR_DATE}.
 */
export function useSandbox(): (options?: SandboxOptions) => Promise<StartedSandbox> {
  const started: Sandbox[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((sandbox) => sandbox.stop()));
  });
  return async (options = {}) => {
    const sandbox = createSandbox({ clock: { fixed: VECTOR_DATE }, ...options });
    started.push(sandbox);
    const { authUrl } = await sandbox.start();
    return { sandbox, authUrl };
  };
}

/** What {@link signedTokenHeaders} signs. */
export interface TokenSigning {
  readonly body: string;
  readonly serviceId?: string;
  readonly date?: string;
  readonly forwarded?: string;
  readonly linkId?: string;
  readonly secretKey?: string;
}

/**
 * Headers of a token request signed independently of the sandbox's own verifier
 * (a second implementation of popbill.md §1.2 with node:crypto).
 */
export function signedTokenHeaders(signing: TokenSigning): Record<string, string> {
  const date = signing.date ?? VECTOR_DATE;
  const digest = createHash("sha256").update(Buffer.from(signing.body, "utf8")).digest("base64");
  const forwardedLine = signing.forwarded === undefined ? "" : `${signing.forwarded}\n`;
  const message = `POST\n${digest}\n${date}\n${forwardedLine}2.0\n/${signing.serviceId ?? "POPBILL_TEST"}/Token`;
  const key = Buffer.from(signing.secretKey ?? TEST_SECRET, "base64");
  const signature = createHmac("sha256", key).update(message, "utf8").digest("base64");
  return {
    "x-lh-date": date,
    "x-lh-version": "2.0",
    Authorization: `LINKHUB ${signing.linkId ?? "TESTER"} ${signature}`,
    "Content-Type": "Application/json",
    ...(signing.forwarded === undefined ? {} : { "x-lh-forwarded": signing.forwarded }),
  };
}

/** Requests a token with `fetch` and returns the status and parsed JSON. */
export async function requestToken(
  authUrl: string,
  signing: TokenSigning,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${authUrl}/${signing.serviceId ?? "POPBILL_TEST"}/Token`, {
    method: "POST",
    headers: signedTokenHeaders(signing),
    body: signing.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Issues a member token for `corpNum` (default 1234567890) and returns the session token. */
export async function memberToken(
  authUrl: string,
  options: { corpNum?: string; serviceId?: string; scopes?: string[] } = {},
): Promise<string> {
  const body = JSON.stringify({
    access_id: options.corpNum ?? "1234567890",
    scope: options.scopes ?? ["member", "140"],
  });
  const { status, body: reply } = await requestToken(authUrl, {
    body,
    serviceId: options.serviceId,
    forwarded: "*",
  });
  if (status !== 200) throw new Error(`token request failed: ${JSON.stringify(reply)}`);
  return String(reply["session_token"]);
}

/** GETs a path with a bearer token and returns status, content type and parsed JSON. */
export async function getWithBearer(
  url: string,
  token: string | undefined,
): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as Record<string, unknown>,
  };
}
