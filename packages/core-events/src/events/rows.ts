import type { StoredEvent } from "./types.js";

/** A row of the events table, as read (camelCase). */
export interface EventsTable {
  cursor: number;
  stage: string;
  topic: string;
  tenant: string;
  type: string;
  payload: string;
  upstreamId: string | null;
  prevCursor: number;
  createdAt: number;
}
/** An event's columns as `StoredEvent` fields (raw SQL). */
export const SELECT_EVENT =
  '"cursor", "stage", "topic", "tenant", "type", "payload", "upstream_id" as "upstreamId", ' +
  '"prev_cursor" as "prevCursor", "created_at" as "createdAt"';

export function toStored(row: EventsTable): StoredEvent {
  return {
    stage: row.stage,
    topic: row.topic,
    tenant: row.tenant,
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    upstreamId: row.upstreamId,
    cursor: Number(row.cursor),
    prevCursor: Number(row.prevCursor),
    createdAt: Number(row.createdAt),
  };
}
