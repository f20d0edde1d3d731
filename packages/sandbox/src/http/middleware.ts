import { type SandboxReply } from "./reply.js";
import { type SandboxRequest } from "./request.js";

/** Returned by a {@link BeforeHook} to destroy the connection without any reply. */
export const DROP_CONNECTION = Symbol("sandbox.dropConnection");

/**
 * Returned by a {@link BeforeHook} to run the route fully (the request takes effect) and
 * then destroy the connection instead of replying: "the request was processed but the
 * reply was lost", the case exactly-once clients must reconcile.
 */
export const LOSE_REPLY = Symbol("sandbox.loseReply");

/**
 * What a {@link BeforeHook} decides: `undefined` lets the request through, a reply
 * short-circuits the route (e.g. an injected 503), {@link DROP_CONNECTION} hangs up
 * without processing, {@link LOSE_REPLY} processes and then hangs up.
 */
export type BeforeOutcome = SandboxReply | typeof DROP_CONNECTION | typeof LOSE_REPLY | undefined;

/**
 * Runs before every upstream route on every host, in list order — the seam for fault
 * injection (latency: `await` a delay; 5xx: return a reply; resets: return
 * {@link DROP_CONNECTION}; lost replies: return {@link LOSE_REPLY}). Control-API routes
 * (`/__sandbox/...`) bypass it.
 */
export type BeforeHook = (request: SandboxRequest) => BeforeOutcome | Promise<BeforeOutcome>;

/** Runs the hooks in order until one answers; `undefined` means carry on to the route. */
export async function runBeforeHooks(
  hooks: readonly BeforeHook[],
  request: SandboxRequest,
): Promise<BeforeOutcome> {
  for (const hook of [...hooks]) {
    const outcome = await hook(request);
    if (outcome !== undefined) return outcome;
  }
  return undefined;
}
