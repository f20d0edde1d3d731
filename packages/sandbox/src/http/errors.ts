/**
 * Error codes the sandbox uses for problems that are not Linkhub/POPBiLL domain errors.
 * POPBiLL documents no codes for these, so all are sandbox choices.
 */
export const SANDBOX_CODES = {
  /** [INF] no documented code for an unknown path or verb; sandbox choice. */
  routeNotFound: -10000000,
  /** [INF] no documented code for a malformed request (bad JSON, bad query value); sandbox choice. */
  invalidRequest: -10000001,
  /** [INF] no documented code for a server fault; sandbox choice. */
  internal: -10009999,
  /** Sandbox choice: an injected 503 (fault injection), so tests can tell it from a real fault. */
  unavailable: -10009998,
} as const;

/**
 * An upstream-style failure: the reply is the HTTP `status` with the JSON body
 * `{ "code": <negative 8-digit>, "message": "..." }`. Handlers throw it; the server
 * turns it into the reply.
 */
export class SandboxHttpError extends Error {
  /** HTTP status of the reply (never 200). */
  readonly status: number;
  /** Upstream error code: negative, 8 digits. */
  readonly code: number;

  /** Creates the error; `message` becomes the reply's `message` field verbatim. */
  constructor(status: number, code: number, message: string) {
    super(message);
    this.name = "SandboxHttpError";
    this.status = status;
    this.code = code;
  }
}
