import { fromResponse } from "../errors/from-response.js";
import { UpstreamError } from "../errors/upstream-error.js";
import { type HttpResponse } from "../transport/types.js";

/** Every i'mport reply, errors included (iamport.md §3). */
export interface IamportEnvelope<T> {
  code: number;
  message: string | null;
  response: T | null;
}

/**
 * Returns the envelope's `response` from a 2xx reply. `code != 0` becomes an
 * `UpstreamBusinessError` carrying code and message; a body that is no envelope, an
 * `UpstreamError`.
 */
export function readEnvelope<T>(reply: HttpResponse): T {
  const envelope = reply.json<unknown>();
  if (!isEnvelope(envelope)) {
    throw new UpstreamError({
      upstream: "iamport",
      status: reply.status,
      requestId: reply.requestId,
      message: "i'mport reply is not a {code, message, response} envelope",
    });
  }
  if (envelope.code !== 0) {
    throw fromResponse({
      upstream: "iamport",
      status: reply.status,
      body: envelope,
      requestId: reply.requestId,
    });
  }
  return envelope.response as T;
}

function isEnvelope(value: unknown): value is IamportEnvelope<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "number"
  );
}
