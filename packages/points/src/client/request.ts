import { type Clock, InputError, toKstIso } from "@korbill/core-domain";
import {
  type PopbillRequest,
  type PopbillTransport,
  UpstreamServerError,
} from "@korbill/core-upstream";
import type { WireUrl } from "../wire.js";
import { POINTS_SCOPES } from "./services.js";

/** What every call group needs. */
export interface CallContext {
  popbill: PopbillTransport;
  clock: Clock;
}

/** The identity part of a request: member, scopes, and `x-pb-userid` only when non-empty. */
export function as(
  corpNum: string,
  userId?: string,
  scopes: readonly string[] = POINTS_SCOPES,
): Pick<PopbillRequest, "corpNum" | "scopes" | "userId"> {
  return { corpNum, scopes, ...(userId ? { userId } : {}) };
}

/** A GET on the API host. */
export function get<T>(
  ctx: CallContext,
  corpNum: string,
  path: string,
  userId?: string,
  scopes?: readonly string[],
): Promise<T> {
  return ctx.popbill.request<T>({ ...as(corpNum, userId, scopes), method: "GET", path });
}

/** How long POPBiLL keeps a `TG=` URL valid (popbill.md §3a [DOC]). */
export const URL_LIFETIME_MS = 30_000;

/** A POPBiLL page URL and when it stops working (ISO-8601 with +09:00). */
export interface ExpiringUrl {
  url: string;
  expiresAt: string;
}

/**
 * Fetches a `{url}` and stamps it with an expiry 30 s after the moment the request was sent:
 * the clock is read before the call, so `expiresAt` never overstates the URL's life.
 */
export async function expiringUrl(
  clock: Clock,
  fetchUrl: () => Promise<WireUrl>,
  upstream: "popbill" | "linkhub" = "popbill",
): Promise<ExpiringUrl> {
  const sentAt = clock.now();
  const reply = await fetchUrl();
  if (typeof reply?.url !== "string" || reply.url === "") {
    throw new UpstreamServerError({ upstream, message: "the upstream replied without a url" });
  }
  return { url: reply.url, expiresAt: toKstIso(sentAt + URL_LIFETIME_MS) };
}

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A settleCode or refundCode as a path segment: inserted unescaped (popbill.md §2.1), so only
 * `[A-Za-z0-9_-]{1,64}` passes [INF: POPBiLL's codes are digit strings]. Validation normally
 * catches bad codes first; this guard keeps a script caller from sending a malformed path.
 */
export function codeSegment(value: string, name: string): string {
  if (typeof value !== "string" || !CODE.test(value)) {
    const message = "must be 1-64 characters of A-Z a-z 0-9 _ -";
    throw new InputError(`${name} ${message}`, [{ path: name, message }]);
  }
  return value;
}
