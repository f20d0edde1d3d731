import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes, randomUUID } from "node:crypto";

/** What one unit of work (an operation, a webhook delivery) carries through its async calls. */
export interface RequestContext {
  /** korbill's id of this work: in every log line of it and in `extensions` of its errors. */
  requestId: string;
  /** W3C trace id: the caller's (from `traceparent`) or a new one. */
  traceId: string;
  /** This work's span id, the parent of upstream calls (`traceparent` forwarded upstream). */
  spanId: string;
  /** The caller's `traceparent` flags (`01` = sampled); `00` when it sent none. */
  flags: string;
  /** What the access line of this work will say, filled in as the work learns it. */
  access?: AccessFacts;
}

/** The parts of an access line learnt while an operation runs. */
export interface AccessFacts {
  operationName?: string | null;
  operationType?: string;
  keyId?: string;
  tenant?: string;
  corpNum?: string | null;
  /** The first error's `extensions.code`, or OK. */
  code?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

// W3C Trace Context §3.2: version 00, 32-hex trace id, 16-hex parent id, 2-hex flags; an
// all-zero id is invalid. Other versions are parsed by the same prefix (§3.2.4).
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/** A new context for one unit of work, continuing the caller's trace when `traceparent` is valid. */
export function newRequestContext(traceparent?: string | string[] | null): RequestContext {
  const header = Array.isArray(traceparent) ? traceparent[0] : traceparent;
  const m = header ? TRACEPARENT.exec(header.trim().toLowerCase()) : null;
  const [, version, traceId = "", parentId = "", flags = ""] = m ?? [];
  const valid = m !== null && version !== "ff" && !/^0+$/.test(traceId) && !/^0+$/.test(parentId);
  return {
    requestId: randomUUID(),
    traceId: valid ? traceId : randomBytes(16).toString("hex"),
    spanId: randomBytes(8).toString("hex"),
    flags: valid ? flags : "00",
  };
}

/** Runs `fn` as part of `context`: log lines and upstream calls made inside carry it. */
export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the work running now, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** The `traceparent` to send on an upstream call made by the current work, if any. */
export function outgoingTraceparent(): string | undefined {
  const c = storage.getStore();
  return c ? `00-${c.traceId}-${c.spanId}-${c.flags}` : undefined;
}
