import { fromNetworkError } from "../errors/from-network-error.js";
import { fromResponse } from "../errors/from-response.js";
import { type Upstream, UpstreamError } from "../errors/upstream-error.js";
import { type Clock } from "@korbill/core-domain";
import { parseRetryAfterMs } from "./backoff.js";
import { decodeBody } from "./decode.js";
import {
  type FetchLike,
  type FetchResponseLike,
  type HttpRequest,
  type HttpResponse,
} from "./types.js";

/** What one attempt needs besides the request. */
export interface AttemptContext {
  fetch: FetchLike;
  clock: Clock;
  defaultHeaders: Record<string, string>;
  timeoutMs: number;
  /** The id korbill generated for this logical request. */
  requestId: string;
}

/**
 * Sends one attempt under its own deadline. Resolves with a status < 400; throws an
 * `UpstreamError` for an error status or a network failure, or the caller's abort reason.
 */
export async function sendOnce(
  request: HttpRequest,
  context: AttemptContext,
): Promise<HttpResponse> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), request.timeoutMs ?? context.timeoutMs);
  const signal =
    request.signal === undefined
      ? deadline.signal
      : AbortSignal.any([request.signal, deadline.signal]);
  let reply: FetchResponseLike;
  let raw: Buffer;
  try {
    reply = await context.fetch(request.url, {
      method: request.method,
      headers: mergeHeaders(context.defaultHeaders, request.headers),
      ...(request.body === undefined ? {} : { body: request.body }),
      signal,
      redirect: "manual",
    });
    raw = Buffer.from(await reply.arrayBuffer());
  } catch (error) {
    if (request.signal?.aborted === true) throw request.signal.reason;
    throw fromNetworkError(error, {
      upstream: request.upstream,
      requestId: context.requestId,
      timedOut: deadline.signal.aborted,
    });
  } finally {
    clearTimeout(timer);
  }
  return finish(request, context, reply, raw);
}

async function finish(
  request: HttpRequest,
  context: AttemptContext,
  reply: FetchResponseLike,
  raw: Buffer,
): Promise<HttpResponse> {
  const requestId = reply.headers.get("x-request-id") ?? context.requestId;
  const base: ReplyFacts = { upstream: request.upstream, status: reply.status, requestId };
  let bodyText: string;
  let body: Buffer;
  try {
    body = await decodeBody(raw, reply.headers.get("content-encoding"));
    bodyText = body.toString("utf8");
  } catch (cause) {
    throw new UpstreamError({
      ...base,
      message: `${request.upstream} sent a body that could not be decoded`,
      cause,
    });
  }
  if (reply.status >= 400) {
    const retryAfterMs = parseRetryAfterMs(reply.headers.get("retry-after"), context.clock.now());
    throw fromResponse({ ...base, body: bodyText, retryAfterMs });
  }
  return {
    status: reply.status,
    headers: headersOf(reply),
    bodyText,
    body,
    requestId,
    json: jsonReader(bodyText, base),
  };
}

interface ReplyFacts {
  upstream: Upstream;
  status: number;
  requestId: string;
}

function jsonReader(bodyText: string, base: ReplyFacts): <T>() => T {
  return <T>(): T => {
    try {
      return JSON.parse(bodyText) as T;
    } catch (cause) {
      throw new UpstreamError({
        ...base,
        message: `${base.upstream} sent a body that is not JSON`,
        cause,
      });
    }
  };
}

function headersOf(reply: FetchResponseLike): Record<string, string> {
  const headers: Record<string, string> = {};
  reply.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return headers;
}

/** Later sources win; names compare case-insensitively and keep the winner's spelling. */
function mergeHeaders(...sources: (Record<string, string> | undefined)[]): Record<string, string> {
  const byLowerName = new Map<string, [string, string]>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {}))
      byLowerName.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(byLowerName.values());
}
