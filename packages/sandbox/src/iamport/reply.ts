import { type SandboxReply } from "../http/reply.js";

/** Content type of every i'mport reply, errors included (iamport.md §1, observed spelling). */
export const IAMPORT_CONTENT_TYPE = "application/json; charset=UTF-8";

/**
 * A refusal in i'mport's envelope: HTTP `status` with `{code, message, response: null}`.
 * Business errors are HTTP 200 with `code` 1 or -1 (iamport.md §3).
 */
export class IamportError extends Error {
  /** HTTP status of the reply. */
  readonly status: number;
  /** The envelope's `code` (never 0). */
  readonly code: number;

  /** Creates the error; `message` becomes the envelope's `message` verbatim. */
  constructor(status: number, code: number, message: string) {
    super(message);
    this.name = "IamportError";
    this.status = status;
    this.code = code;
  }
}

/** The success envelope `{code: 0, message: null, response}` (200 unless told, e.g. 207). */
export function envelope(response: unknown, status = 200): SandboxReply {
  return envelopeReply(status, 0, null, response);
}

/** The failure envelope for an {@link IamportError}. */
export function failure(error: IamportError): SandboxReply {
  return envelopeReply(error.status, error.code, error.message, null);
}

function envelopeReply(
  status: number,
  code: number,
  message: string | null,
  response: unknown,
): SandboxReply {
  return {
    status,
    contentType: IAMPORT_CONTENT_TYPE,
    body: JSON.stringify({ code, message, response }),
  };
}

/** 400 `<names> 파라메터가 누락되었습니다.` (the getToken wording, §2.1; reused elsewhere [INF]). */
export function missing(...names: string[]): IamportError {
  return new IamportError(400, -1, `${names.join(", ")} 파라메터가 누락되었습니다.`);
}

/** 400 with code -1 for a malformed parameter. [INF] wording and status are sandbox choices. */
export function badParameter(message: string): IamportError {
  return new IamportError(400, -1, message);
}

/** HTTP 200 with code 1: a business refusal (iamport.md §3). */
export function refused(message: string): IamportError {
  return new IamportError(200, 1, message);
}

/** 404 `존재하지 않는 결제정보입니다.` (iamport.md §3). */
export function paymentNotFound(): IamportError {
  return new IamportError(404, -1, "존재하지 않는 결제정보입니다.");
}

/** 401 `{code: -1, message: "Unauthorized"}` (§8.1; the code is an assumption there). */
export function unauthorized(): IamportError {
  return new IamportError(401, -1, "Unauthorized");
}
