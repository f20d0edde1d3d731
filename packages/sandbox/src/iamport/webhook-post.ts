import { type WebhookEvent } from "./webhooks.js";

/** `fetch failed` plus its cause (`ECONNREFUSED ...`), or the abort reason. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** The webhook's fields form-encoded, for the console's form mode. */
export function formBody(event: WebhookEvent): string {
  return new URLSearchParams(Object.entries(event) as [string, string][]).toString();
}

/**
 * POSTs one webhook and resolves with the receiver's HTTP status; rejects on a network
 * error or after `timeoutMs` of real time. Redirects are not followed [INF].
 */
export async function post(
  url: string,
  contentType: string,
  body: string,
  timeoutMs: number,
): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
}
