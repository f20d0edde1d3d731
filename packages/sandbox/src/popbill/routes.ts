import { type Router } from "../http/router.js";
import { handlePage, PAGE_PATH_PREFIX } from "../pages/page.route.js";
import { handleBulkIssue, handleBulkResult } from "./bulk.route.js";
import { handleCashbillConfig, handleChargeInfo } from "./charge.route.js";
import { handleInfo, handleInfos } from "./info.route.js";
import { handleRegistIssue, handleRevokeIssue } from "./issue.route.js";
import { handleMemberUrl } from "./member-url.route.js";
import { handleSearch } from "./search.route.js";

/**
 * Adds the POPBiLL API host's cash-receipt routes (popbill.md §3b) at the server root,
 * dispatching on (path, `X-HTTP-Method-Override`). Literal paths come before
 * `/Cashbill/:mgtKey`, which would match them too.
 */
export function addPopbillRoutes(router: Router): Router {
  return router
    .add({ method: "POST", path: "/Cashbill", override: "ISSUE", handler: handleRegistIssue })
    .add({ method: "POST", path: "/Cashbill", override: "BULKISSUE", handler: handleBulkIssue })
    .add({ method: "POST", path: "/Cashbill", override: "REVOKEISSUE", handler: handleRevokeIssue })
    .add({ method: "GET", path: "/Cashbill", handler: handleCashbillConfig })
    .add({ method: "GET", path: "/Cashbill/Search", handler: handleSearch })
    .add({ method: "GET", path: "/Cashbill/ChargeInfo", handler: handleChargeInfo })
    .add({ method: "POST", path: "/Cashbill/States", handler: handleInfos })
    .add({ method: "GET", path: "/Cashbill/BULK/:submitId/State", handler: handleBulkResult })
    .add({ method: "GET", path: "/Cashbill/:mgtKey", handler: handleInfo })
    .add({ method: "GET", path: "/Member", handler: handleMemberUrl })
    .add({ method: "GET", path: `${PAGE_PATH_PREFIX}:pageId`, handler: handlePage });
}
