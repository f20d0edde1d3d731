import { type Router } from "../http/router.js";
import { handlePage, PAGE_PATH_PREFIX } from "../pages/page.route.js";
import { handleChargeUrl } from "./charge-url.route.js";
import { handleMemberPoint, handlePartnerPoint } from "./points.route.js";
import { handleTime } from "./time.route.js";
import { handleTokenRequest } from "./token.route.js";

/**
 * Adds the Linkhub auth host's routes at the server root, exactly where the real host
 * has them, so the unmodified official SDKs work against the sandbox.
 */
export function addLinkhubRoutes(router: Router): Router {
  return router
    .add({ method: "GET", path: "/Time", handler: handleTime })
    .add({ method: "POST", path: "/:serviceId/Token", handler: handleTokenRequest })
    .add({ method: "GET", path: "/:serviceId/Point", handler: handleMemberPoint })
    .add({ method: "GET", path: "/:serviceId/PartnerPoint", handler: handlePartnerPoint })
    .add({ method: "GET", path: "/:serviceId/URL", handler: handleChargeUrl })
    .add({ method: "GET", path: `${PAGE_PATH_PREFIX}:pageId`, handler: handlePage });
}
