import { type ClientErrorCode, ErrorCode } from "@korbill/error-codes";
/** One problem with one input field of a BAD_USER_INPUT error. */
export interface KorbillProblem {
  /** Dotted path of the offending field, e.g. `cashbills.3.identityNum`. */
  path: string;
  message: string;
}

/** One GraphQL error as the gateway reported it. */
export interface KorbillGraphQLError {
  message: string;
  /** `extensions.code`: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, ... */
  code: string;
  /** Where in the result the error happened, when it is a field error. */
  path?: readonly (string | number)[];
  /** The field problems of a BAD_USER_INPUT error (empty otherwise). */
  problems: KorbillProblem[];
  /** Every extension as sent, e.g. `upstream` and `upstreamCode` of UPSTREAM_ERROR. */
  extensions: Record<string, unknown>;
}

/** Codes the client itself uses when there is no GraphQL error to report. */
export type KorbillClientErrorCode = ClientErrorCode;

/** What `KorbillError` is built from besides its errors. */
interface KorbillErrorOptions {
  status?: number;
  data?: unknown;
  closeCode?: number;
  cause?: unknown;
}

/**
 * Every failure of a korbill request or subscription. `code` is the first GraphQL error's
 * `extensions.code` (or one of `KorbillClientErrorCode`); `errors` holds every GraphQL error
 * with its message, code and, for BAD_USER_INPUT, its `problems`.
 */
export class KorbillError extends Error {
  override readonly name = "KorbillError";
  readonly code: string;
  readonly errors: readonly KorbillGraphQLError[];
  /** The HTTP status of the response, for requests. */
  readonly status: number | undefined;
  /** Partial data the gateway sent along with the errors, if any. */
  readonly data: unknown;
  /** The WebSocket close code, for CONNECTION_CLOSED. */
  readonly closeCode: number | undefined;

  constructor(
    message: string,
    code: string,
    errors: readonly KorbillGraphQLError[] = [],
    options: KorbillErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errors = errors;
    this.status = options.status;
    this.data = options.data;
    this.closeCode = options.closeCode;
  }

  /** Every BAD_USER_INPUT problem of every error. */
  get problems(): KorbillProblem[] {
    return this.errors.flatMap((e) => e.problems);
  }

  /** Builds the error from a GraphQL `errors` array (anything else is a BAD_RESPONSE). */
  static fromGraphQLErrors(errors: unknown, options: KorbillErrorOptions = {}): KorbillError {
    const list = Array.isArray(errors) ? errors.map(toGraphQLError) : [];
    const first = list[0];
    if (!first)
      return new KorbillError(
        "the gateway sent an empty error",
        ErrorCode.BAD_RESPONSE,
        [],
        options,
      );
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : "";
    return new KorbillError(`${first.message}${more}`, first.code, list, options);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toGraphQLError(raw: unknown): KorbillGraphQLError {
  const error = isRecord(raw) ? raw : {};
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code =
    typeof extensions.code === "string" ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const problems = Array.isArray(extensions.problems)
    ? extensions.problems.filter(isRecord).map((p) => ({
        path: String(p.path ?? ""),
        message: String(p.message ?? ""),
      }))
    : [];
  return {
    message: typeof error.message === "string" ? error.message : "unknown error",
    code,
    ...(Array.isArray(error.path) ? { path: error.path as (string | number)[] } : {}),
    problems,
    extensions,
  };
}
