import { KorbillError } from "@korbill/client";

/** One error as the page shows it: the message and `extensions.code`, never a stack. */
export interface ShownError {
  message: string;
  code: string;
  /** Facts worth showing beside the message: the upstream's code, the fields at fault. */
  details: string[];
}

/**
 * What a request or subscription failed with, as errors to show. @korbill/client reports
 * every failure as a `KorbillError` (each GraphQL error with its code and problems, or its
 * own NETWORK_ERROR, BAD_RESPONSE, CONNECTION_CLOSED); anything else is a page bug.
 */
export function toShownErrors(error: unknown): ShownError[] {
  if (error instanceof KorbillError) {
    if (!error.errors.length) return [{ code: error.code, message: error.message, details: [] }];
    return error.errors.map((e) => ({
      code: e.code,
      message: e.message,
      details: [
        ...upstreamOf(e.extensions),
        ...e.problems.map((problem) => `${problem.path}: ${problem.message}`),
      ],
    }));
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: "CLIENT_ERROR", message, details: [] }];
}

function upstreamOf(extensions: Record<string, unknown>): string[] {
  const code = extensions.upstreamCode;
  if (code === undefined || code === null) return [];
  const upstream = typeof extensions.upstream === "string" ? `${extensions.upstream} ` : "";
  return [`${upstream}code ${String(code)}`];
}
