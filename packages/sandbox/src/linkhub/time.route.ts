import { text, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { formatLinkhubTime } from "./dates.js";

/** `GET /Time`: the sandbox clock as plain text, `2026-11-23T01:02:03Z` (popbill.md §1.6). */
export function handleTime(request: SandboxRequest): SandboxReply {
  return text(formatLinkhubTime(request.env.clock.now()));
}
