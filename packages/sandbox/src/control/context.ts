import { type FaultControl } from "../faults/injector.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { parseJsonObject } from "../http/json.js";
import { type RequestLog } from "../http/request-log.js";
import { type RouteHandler, type Router } from "../http/router.js";
import { type WebhookControl } from "../webhooks/dispatcher.js";
import { type IamportState } from "../iamport/state.js";
import { type HometaxState } from "../hometax/index.js";

/** Path prefix of the control API; real upstream paths never start with `__`. */
export const CONTROL_PREFIX = "/__sandbox";

/** The sandbox machinery the control API drives besides `request.env`. */
export interface ControlContext {
  readonly log: RequestLog;
  readonly webhooks: WebhookControl;
  readonly faults: FaultControl;
  readonly iamport: IamportState;
  readonly hometax: HometaxState;
}

/** Adds an internal (unlogged, hook-free) route under {@link CONTROL_PREFIX}. */
export function controlRoute(
  router: Router,
  method: string,
  path: string,
  handler: RouteHandler,
): void {
  router.add({ method, path: `${CONTROL_PREFIX}${path}`, handler, internal: true });
}

/** A 400 `-10000001` for malformed control input. */
export function badRequest(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}

/** The JSON object body (an empty body reads as `{}`). */
export function controlBody(rawBody: Buffer): Record<string, unknown> {
  return rawBody.length === 0 ? {} : parseJsonObject(rawBody);
}

/** Runs `apply`, turning a `RangeError` (invalid settings) into a 400. */
export function validated<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof RangeError) throw badRequest(error.message);
    throw error;
  }
}

/** A `limit` query parameter (default 100). */
export function limitParam(raw: string | null): number {
  const limit = Number(raw ?? 100);
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw badRequest("limit must be a whole number >= 0");
  return limit;
}
