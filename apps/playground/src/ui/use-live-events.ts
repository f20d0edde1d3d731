import { useEffect, useState } from "react";
import { useApi } from "../api.js";
import type { ShownError } from "../graphql/errors.js";
import { type ResumableRequest, subscribeResumable } from "../graphql/ws.js";

/**
 * The newest `limit` events of a resumable subscription (newest first), and its errors.
 * Subscribes while the component is mounted; a reconnect resumes after the last cursor.
 */
export function useLiveEvents<T extends { cursor: string }>(
  request: ResumableRequest,
  limit = 50,
): { events: T[]; errors: ShownError[] } {
  const { live } = useApi();
  const [events, setEvents] = useState<T[]>([]);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const { query, field } = request;
  const variables = JSON.stringify(request.variables ?? {});
  useEffect(() => {
    setEvents([]);
    setErrors([]);
    return subscribeResumable<T>(
      live,
      { query, field, variables: JSON.parse(variables) as Record<string, unknown> },
      {
        next: (event) => setEvents((list) => [event, ...list].slice(0, limit)),
        error: (shown) => setErrors(shown),
      },
    );
  }, [live, query, field, variables, limit]);
  return { events, errors };
}
