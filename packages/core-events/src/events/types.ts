/** An event to append: what happened, for which tenant, and the upstream's id if any. */
export interface NewEvent<P = unknown> {
  /** Stream it belongs to, e.g. `cashbill:1234567890` (see `topicFor`). */
  topic: string;
  /** The member business (CorpNum) it concerns. */
  tenant: string;
  /** Event type, e.g. `BULKRESULT`, `NTS_FILED`. */
  type: string;
  /** Self-contained JSON payload (subscribers get it as is). */
  payload: P;
  /** Upstream event id (webhook message id); the same id is stored and published once. */
  upstreamId?: string | null;
}

/** An event as stored in the log and delivered to subscribers. */
export interface StoredEvent<P = unknown> extends NewEvent<P> {
  stage: string;
  /** Increasing position in the log. */
  cursor: number;
  /** Cursor of the previous event of the same topic (0 for the first): lets a live reader spot gaps. */
  prevCursor: number;
  /** Epoch ms. */
  createdAt: number;
}

/** A topic per domain and tenant, so no tenant can receive another's events. */
export function topicFor(domain: string, tenant: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(domain)) throw new Error(`bad event domain ${domain}`);
  if (!/^[A-Za-z0-9_-]+$/.test(tenant)) throw new Error(`bad event tenant ${tenant}`);
  return `${domain}:${tenant}`;
}

/** The pub/sub channel of a topic, scoped by stage. */
export function channelFor(stage: string, topic: string): string {
  return `korbill:${stage}:${topic}`;
}
