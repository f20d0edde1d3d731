import { useEffect, useState } from "react";
import { useApi } from "../api.js";
import type { EventRequest } from "../graphql/korbill.js";
import type { ShownError } from "../graphql/shown-errors.js";

/**
 * The newest `limit` events of a resumable subscription (newest first), and its errors.
 * Subscribes while the component is mounted; a reconnect resumes after the last cursor.
 */
export function useLiveEvents<T extends { cursor: string }>(
  request: EventRequest,
  limit = 50,
): { events: T[]; errors: ShownError[] } {
  const { korbill } = useApi();
  const [events, setEvents] = useState<T[]>([]);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const { query, field } = request;
  const variables = JSON.stringify(request.variables ?? {});
  useEffect(() => {
    setEvents([]);
    setErrors([]);
    return korbill.subscribe<T>(
      { query, field, variables: JSON.parse(variables) as Record<string, unknown> },
      {
        next: (event) => setEvents((list) => [event, ...list].slice(0, limit)),
        error: (shown) => setErrors(shown),
      },
    );
  }, [korbill, query, field, variables, limit]);
  return { events, errors };
}
