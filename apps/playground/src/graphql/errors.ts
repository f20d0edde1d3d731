/** One error as the page shows it: the message and `extensions.code`, never a stack. */
export interface ShownError {
  message: string;
  code: string;
  /** Facts worth showing beside the message: the upstream's code, the fields at fault. */
  details: string[];
}

/** A GraphQL response that carried errors (or was not GraphQL at all). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: ShownError[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join("; "));
    this.name = "GraphQLRequestError";
  }
}

interface ErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

/** Errors of a GraphQL response (`errors[]`) as the page shows them. */
export function fromGraphQLErrors(errors: readonly unknown[]): ShownError[] {
  return errors.map((raw) => {
    const error = (raw ?? {}) as ErrorLike;
    const extensions = error.extensions ?? {};
    const code = typeof extensions.code === "string" ? extensions.code : "ERROR";
    return {
      message: typeof error.message === "string" ? error.message : "unknown error",
      code,
      details: detailsOf(extensions),
    };
  });
}

function detailsOf(extensions: Record<string, unknown>): string[] {
  const details: string[] = [];
  if (extensions.upstreamCode !== undefined && extensions.upstreamCode !== null) {
    const upstream = typeof extensions.upstream === "string" ? `${extensions.upstream} ` : "";
    details.push(`${upstream}code ${String(extensions.upstreamCode)}`);
  }
  if (Array.isArray(extensions.problems)) {
    for (const problem of extensions.problems as { path?: unknown; message?: unknown }[]) {
      details.push(`${String(problem.path)}: ${String(problem.message)}`);
    }
  }
  return details;
}

/**
 * Anything a request or subscription failed with, as errors to show: GraphQL errors keep
 * their code; a closed socket, a network failure or a client bug get a code of their own.
 */
export function toShownErrors(error: unknown): ShownError[] {
  if (error instanceof GraphQLRequestError) return error.errors;
  if (Array.isArray(error)) return fromGraphQLErrors(error);
  if (isCloseEvent(error)) {
    const reason = error.reason ? `: ${error.reason}` : "";
    return [shown("WEBSOCKET_CLOSED", `the live connection closed (${error.code}${reason})`)];
  }
  if (error instanceof TypeError) {
    return [shown("NETWORK_ERROR", `could not reach the gateway (${error.message})`)];
  }
  if (error instanceof Error) return [shown("CLIENT_ERROR", error.message)];
  if (isEvent(error)) return [shown("NETWORK_ERROR", "the live connection failed")];
  return [shown("CLIENT_ERROR", String(error))];
}

function shown(code: string, message: string): ShownError {
  return { code, message, details: [] };
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "number" &&
    "reason" in value
  );
}

function isEvent(value: unknown): boolean {
  return typeof Event !== "undefined" && value instanceof Event;
}
