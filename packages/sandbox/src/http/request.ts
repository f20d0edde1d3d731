import { type IncomingMessage } from "node:http";
import { type SandboxEnv } from "../env.js";
import { HeaderBag } from "./headers.js";

/** Which emulated upstream host a server plays. Only `auth` exists so far. */
export type HostKind = "auth" | "popbill" | "iamport";

/** A fully read request as handlers see it. */
export interface SandboxRequest {
  /** The emulated host that received it. */
  readonly host: HostKind;
  /** The wire method (`GET`, `POST`, ...), upper case. */
  readonly method: string;
  /** `X-HTTP-Method-Override`, upper-cased, when sent. */
  readonly override: string | undefined;
  /** The path exactly as received, without the query string (not percent-decoded). */
  readonly path: string;
  /** The raw query string without `?` (empty when none). */
  readonly rawQuery: string;
  /** Parsed query parameters. */
  readonly query: URLSearchParams;
  /** Headers, looked up case-insensitively. */
  readonly headers: HeaderBag;
  /** The body bytes exactly as received (chunk framing removed) — hash these, never a re-serialisation. */
  readonly rawBody: Buffer;
  /** The peer's IP address (IPv4-mapped IPv6 reduced to IPv4). */
  readonly remoteAddress: string;
  /** Parameters captured by the route pattern (`/:serviceId/Token` -> `serviceId`). */
  readonly params: Readonly<Record<string, string>>;
  /** Sandbox time at arrival. */
  readonly receivedAt: Date;
  /** Clock, state and settings of the sandbox. */
  readonly env: SandboxEnv;
  /**
   * The base URL clients reach this host at (its configured public URL, else its listening
   * URL): URLs the host hands out start with it, never with the request's `Host` header.
   */
  readonly publicUrl: string;
}

/** Builds a {@link SandboxRequest} (without route params) from Node's request and its body. */
export function toSandboxRequest(
  incoming: IncomingMessage,
  rawBody: Buffer,
  host: HostKind,
  env: SandboxEnv,
  publicUrl = "",
): SandboxRequest {
  const target = incoming.url ?? "/";
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? "" : target.slice(queryAt + 1);
  const headers = new HeaderBag(incoming.headers);
  const override = headers.get("x-http-method-override")?.trim().toUpperCase();
  return {
    host,
    method: (incoming.method ?? "GET").toUpperCase(),
    override: override === "" ? undefined : override,
    path,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers,
    rawBody,
    remoteAddress: normalizeAddress(incoming.socket.remoteAddress),
    params: {},
    receivedAt: env.clock.now(),
    publicUrl,
    env,
  };
}

/** Reduces `::ffff:127.0.0.1` to `127.0.0.1`; unknown stays empty. */
function normalizeAddress(address: string | undefined): string {
  if (address === undefined) return "";
  return address.startsWith("::ffff:") && address.includes(".")
    ? address.slice("::ffff:".length)
    : address;
}
