import { type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler } from "../http/router.js";
import { type IamportBody, parseBody } from "./body.js";
import { type MerchantBook } from "./book.js";
import { toSeconds } from "./ids.js";
import { badParameter, failure, IamportError, unauthorized } from "./reply.js";
import { type IamportState } from "./state.js";
import { presentedToken } from "./tokens.js";

/** What an authenticated i'mport handler works with. */
export interface IamportCall {
  readonly request: SandboxRequest;
  readonly state: IamportState;
  /** The data of the token's merchant and the `Tier` header. */
  readonly book: MerchantBook;
  /** The decoded JSON or form body (`{}` when empty). */
  readonly body: IamportBody;
  /** Sandbox time, epoch ms. */
  readonly nowMs: number;
  /** Sandbox time, epoch seconds. */
  readonly now: number;
}

/** An i'mport handler: returns the reply or throws an {@link IamportError}. */
export type IamportHandler = (call: IamportCall) => SandboxReply;

/** Runs `handler`, turning any throw into the envelope (never the sandbox's `{code, message}`). */
export function inEnvelope(handler: RouteHandler): RouteHandler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof IamportError) return failure(error);
      const detail = error instanceof Error ? error.message : String(error);
      return failure(new IamportError(500, -1, `sandbox internal error: ${detail}`));
    }
  };
}

/**
 * Wraps a handler that needs a valid token: first runs due schedules, then checks the
 * token (401 otherwise), reads the `Tier` header and the body.
 */
export function authenticated(state: IamportState, handler: IamportHandler): RouteHandler {
  return inEnvelope((request) => {
    const nowMs = state.clock.nowMs();
    state.tick(nowMs);
    const impKey = state.tokens.merchantOf(presentedToken(request), toSeconds(nowMs));
    if (impKey === undefined) throw unauthorized();
    const book = state.book({ impKey, tier: tierOf(request) });
    return handler({
      request,
      state,
      book,
      body: parseBody(request),
      nowMs,
      now: toSeconds(nowMs),
    });
  });
}

/** The `Tier` header: 3 letters or digits (iamport.md §2.3); absent or empty is `null`. */
function tierOf(request: SandboxRequest): string | null {
  const tier = request.headers.get("tier")?.trim();
  if (tier === undefined || tier === "") return null;
  // [INF] status and wording for a malformed tier code
  if (!/^[A-Za-z0-9]{3}$/.test(tier))
    throw badParameter("Tier 헤더는 영문 또는 숫자 3자리여야 합니다.");
  return tier;
}
