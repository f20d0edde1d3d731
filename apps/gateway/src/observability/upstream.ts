import { type ExpiringToken, TokenCache, type UpstreamAttempt } from "@korbill/core-upstream";
import type { Observability } from "./access-log.js";
import { redactText } from "@korbill/billing";
import { outgoingTraceparent } from "./request-context.js";

/**
 * An endpoint label without ids: path segments holding a digit or longer than 20 characters
 * (mgtKeys, SubmitIDs, imp_uids, CorpNums) become `:id`, so the label set stays small.
 */
function endpointLabel(method: string, path: string): string {
  const template = path
    .split("/")
    .map((s) => (/\d/.test(s) || s.length > 20 ? ":id" : s))
    .join("/");
  return `${method} ${template}`;
}

/** The transport's observer: one debug line and the upstream metrics per attempt. */
function upstreamObserver(obs: Observability): (attempt: UpstreamAttempt) => void {
  return (a) => {
    const endpoint = endpointLabel(a.method, a.path);
    obs.metrics.upstreamRequests.inc({ service: a.service, endpoint, status: String(a.status) });
    obs.metrics.upstreamSeconds.observe({ service: a.service, endpoint }, a.durationMs / 1000);
    obs.logger.debug("upstream call", {
      service: a.service,
      method: a.method,
      // Paths carry ids a caller chose (a webhook's imp_uid): card-like digits are masked.
      path: redactText(a.path),
      status: a.status,
      durationMs: Math.round(a.durationMs * 10) / 10,
      upstreamCode: a.upstreamCode ?? null,
      retry: a.retry,
    });
  };
}

/**
 * Trace context for upstream calls: forwarded only to the embedded sandbox (local stage),
 * which korbill owns and which ignores headers it does not know. Evidence for the real
 * upstreams: Linkhub's HMAC covers only the `x-lh-*` headers (protocol/popbill.md §1.3), so an
 * extra header would not break token signing; but neither POPBiLL nor i'mport documents
 * `traceparent`, and no capture shows how their front ends treat unknown headers. Production
 * and test calls therefore stay as the SDKs send them until that is observed.
 */
function traceHeaders(stage: string): (() => Record<string, string> | undefined) | undefined {
  if (stage !== "local") return undefined;
  return () => {
    const traceparent = outgoingTraceparent();
    return traceparent ? { traceparent } : undefined;
  };
}

/** The transport options that report attempts and forward trace context. */
export function transportObservation(stage: string, obs: Observability | undefined) {
  if (!obs) return {};
  const extraHeaders = traceHeaders(stage);
  return { observer: upstreamObserver(obs), ...(extraHeaders ? { extraHeaders } : {}) };
}

/** A token cache counting hits and misses of one upstream's tokens. */
export function observedTokenCache<T extends ExpiringToken>(
  obs: Observability | undefined,
  service: string,
): TokenCache<T> {
  return new TokenCache<T>((hit) =>
    obs?.metrics.tokenCache.inc({ service, result: hit ? "hit" : "miss" }),
  );
}
