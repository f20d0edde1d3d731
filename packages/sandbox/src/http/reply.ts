import { type SandboxHttpError } from "./errors.js";

/** Content type of every JSON reply, success or error (popbill.md §2.4). */
const JSON_CONTENT_TYPE = "application/json;charset=utf-8";
/** Content type of plain-text replies such as `GET /Time`. */
const TEXT_CONTENT_TYPE = "text/plain;charset=utf-8";
/** Content type of the small HTML pages the sandbox serves for 30-second URLs. */
const HTML_CONTENT_TYPE = "text/html;charset=utf-8";

/** What a handler answers: a status, a content type and the body. */
export interface SandboxReply {
  /** HTTP status. */
  readonly status: number;
  /** The `Content-Type` header; always present, since the Node SDK crashes without it. */
  readonly contentType: string;
  /** The body, before any gzip. Strings are sent as UTF-8. */
  readonly body: string | Buffer;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A JSON reply (200 unless told). */
export function json(body: unknown, status = 200): SandboxReply {
  return { status, contentType: JSON_CONTENT_TYPE, body: JSON.stringify(body) };
}

/** A plain-text reply (200 unless told). */
export function text(body: string, status = 200): SandboxReply {
  return { status, contentType: TEXT_CONTENT_TYPE, body };
}

/** An HTML reply (200 unless told). */
export function html(body: string, status = 200): SandboxReply {
  return { status, contentType: HTML_CONTENT_TYPE, body };
}

/** The JSON error reply `{code, message}` for a {@link SandboxHttpError}. */
export function errorReply(error: SandboxHttpError): SandboxReply {
  return json({ code: error.code, message: error.message }, error.status);
}
