import { ErrorCode } from "@korbill/error-codes";

/**
 * Errors a domain package raises about the caller's request (as opposed to `UpstreamError`s,
 * which describe the upstream's answer). The gateway maps each `code` to `extensions.code`
 * in one place. No GraphQL import here, so clients usable from scripts can throw them too.
 */
export type DomainErrorCode =
  | typeof ErrorCode.BAD_USER_INPUT
  | typeof ErrorCode.UNAUTHENTICATED
  | typeof ErrorCode.FORBIDDEN
  | typeof ErrorCode.NOT_FOUND
  | typeof ErrorCode.CONFLICT
  | typeof ErrorCode.INSUFFICIENT_POINTS
  | typeof ErrorCode.RATE_LIMITED;

/** One problem with one input field, for precise error messages. */
export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `cashbills.3.identityNum`. */
  path: string;
  message: string;
}

/** Base class of caller-facing errors. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The request is malformed; nothing was sent upstream. */
export class InputError extends DomainError {
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, problems.length ? { problems } : {});
    this.name = "InputError";
  }

  /** One error listing every problem found (callers fix all at once). */
  static fromProblems(problems: FieldProblem[]): InputError {
    const head = problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`)
      .join("; ");
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    return new InputError(`invalid input: ${head}${more}`, problems);
  }
}

/** The caller's key may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
    this.name = "ForbiddenError";
  }
}

/** The named thing does not exist for this tenant. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
    this.name = "NotFoundError";
  }
}

/** The request collides with earlier state (a reused id, a concurrent change). */
export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
    this.name = "ConflictError";
  }
}

/**
 * The API key spent its operations or upstream calls for now; nothing was sent upstream.
 * `retryAfterMs` says when a token is free again.
 */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterMs });
    this.name = "RateLimitedError";
  }
}

/** Collects field problems and throws them together. */
export class ProblemList {
  readonly problems: FieldProblem[] = [];

  /** Records a problem when `ok` is false; returns `ok`. */
  check(ok: boolean, path: string, message: string): boolean {
    if (!ok) this.problems.push({ path, message });
    return ok;
  }

  /** Records a problem unconditionally. */
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Throws an `InputError` if any problem was recorded. */
  throwIfAny(): void {
    if (this.problems.length) throw InputError.fromProblems(this.problems);
  }
}
