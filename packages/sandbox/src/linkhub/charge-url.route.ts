import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { pageUrl } from "../pages/page.route.js";
import { verifyBearer } from "./bearer.js";
import { pathServiceId } from "./points.route.js";
import { requireServiceScope } from "./service-scope.js";

/**
 * `GET /{serviceID}/URL?TG=CHRG`: `{"url": ...}` pointing at a partner point-charge page
 * served by the sandbox, valid for 30 seconds of sandbox time. Only `TG=CHRG` exists.
 */
export function handleChargeUrl(request: SandboxRequest): SandboxReply {
  const token = verifyBearer(request, [], pathServiceId(request));
  requireServiceScope(token);
  const target = request.query.get("TG");
  if (target !== "CHRG") {
    // [INF] status and code for an unsupported TG are undocumented (the Node SDK refuses it locally)
    throw new SandboxHttpError(
      400,
      SANDBOX_CODES.invalidRequest,
      `TG must be CHRG, got "${target ?? ""}"`,
    );
  }
  const { clock, settings, state } = request.env;
  const page = state.pages.create({
    kind: "CHRG",
    linkId: token.linkId,
    corpNum: token.corpNum,
    expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
  });
  return json({ url: pageUrl(request, page) });
}
