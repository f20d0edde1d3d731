import { classifyPopbillCode } from "./popbill-codes.js";
import {
  type Upstream,
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamConflictError,
  UpstreamError,
  type UpstreamErrorClass,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamPermissionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from "./upstream-error.js";

/** A failed upstream reply, as {@link fromResponse} needs it. */
export interface FailedResponse {
  upstream: Upstream;
  status: number;
  /** The body as text (parsed here, tolerating non-JSON) or as already-parsed JSON. */
  body: unknown;
  requestId?: string | undefined;
  retryAfterMs?: number | undefined;
}

const UPSTREAM_LABEL: Record<Upstream, string> = {
  popbill: "POPBiLL",
  linkhub: "Linkhub",
  iamport: "i'mport",
};

/**
 * Maps a failed reply to the most specific {@link UpstreamError}. POPBiLL and Linkhub
 * `{code, message}` bodies map by code first, then by HTTP status; i'mport envelopes by
 * HTTP status, and a 2xx with `code != 0` is an {@link UpstreamBusinessError}. Anything
 * unrecognised falls back to the generic class. Raw bodies never enter the message.
 */
export function fromResponse(reply: FailedResponse): UpstreamError {
  const { code, message } = readCodeAndMessage(reply.body);
  const errorClass = chooseClass(reply.upstream, reply.status, code) ?? UpstreamError;
  return new errorClass({
    upstream: reply.upstream,
    status: reply.status,
    code,
    message: message ?? `${UPSTREAM_LABEL[reply.upstream]} answered HTTP ${reply.status}`,
    requestId: reply.requestId,
    retryAfterMs: reply.retryAfterMs,
  });
}

// [INF] POPBiLL's HTTP status numbers for errors are undocumented (popbill.md §7.3), so a known
// code decides before the status: a refusal sent with a 500 must not look like an outage.
function chooseClass(
  upstream: Upstream,
  status: number,
  code: number | undefined,
): UpstreamErrorClass | undefined {
  if (upstream === "iamport") {
    if (status >= 200 && status < 300 && code !== undefined && code !== 0)
      return UpstreamBusinessError;
    return classByStatus(status);
  }
  return (code === undefined ? undefined : classifyPopbillCode(code)) ?? classByStatus(status);
}

/** The class an HTTP status alone implies, if any. */
function classByStatus(status: number): UpstreamErrorClass | undefined {
  switch (status) {
    case 401:
      return UpstreamAuthenticationError;
    case 403:
      return UpstreamPermissionError;
    case 404:
      return UpstreamNotFoundError;
    case 408:
      return UpstreamTimeoutError;
    case 409:
      return UpstreamConflictError;
    case 429:
      return UpstreamRateLimitError;
  }
  if (status >= 400 && status < 500) return UpstreamInvalidRequestError;
  if (status >= 500 && status < 600) return UpstreamServerError;
  return undefined;
}

function readCodeAndMessage(body: unknown): {
  code: number | undefined;
  message: string | undefined;
} {
  const text = Buffer.isBuffer(body) ? body.toString("utf8") : body;
  const parsed = typeof text === "string" ? parseJson(text) : text;
  if (typeof parsed !== "object" || parsed === null) return { code: undefined, message: undefined };
  const record = parsed as Record<string, unknown>;
  return { code: toCode(record.code), message: toMessage(record.message) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Linkhub's own network errors use the string "-99999999" (popbill.md §2.5), so numeric strings count.
function toCode(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function toMessage(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
