import { type Router } from "../http/router.js";
import { handlePage, PAGE_PATH_PREFIX } from "../pages/page.route.js";
import {
  accountCheckHandler,
  handleAccountCheckChargeInfo,
  handleAccountCheckUnitCost,
} from "./account-check.route.js";
import {
  handleAssignMgtKey,
  handleListEmailConfig,
  handleLogs,
  handleMassPrint,
  handleResend,
  handleUpdateEmailConfig,
} from "./after-issue.route.js";
import { handleBulkIssue, handleBulkResult } from "./bulk.route.js";
import { handleCancelIssue } from "./cancel-issue.route.js";
import { handleCashbillConfig, handleChargeInfo } from "./charge.route.js";
import {
  handleGetContactInfo,
  handleGetCorpInfo,
  handleListContact,
  handleRegistContact,
  handleUpdateContact,
  handleUpdateCorpInfo,
} from "./contacts.route.js";
import { handleInfo, handleInfos } from "./info.route.js";
import { handleRegistIssue, handleRevokeIssue } from "./issue.route.js";
import { handleCheckId, handleCheckIsMember, handleJoinMember } from "./join.route.js";
import { handleDeleteContact, handleQuitMember } from "./member-account.route.js";
import { handleMemberUrl } from "./member-url.route.js";
import {
  handlePaymentHistory,
  handlePaymentRequest,
  handleRefund,
  handleRefundHistory,
  handleRefundInfo,
  handleRefundPoint,
  handleSettleResult,
  handleUseHistory,
} from "./points.route.js";
import { handleSearch } from "./search.route.js";

/**
 * Adds the POPBiLL API host's routes at the server root, dispatching on (path,
 * `X-HTTP-Method-Override`): cash receipts (popbill.md §3b), points and member operations
 * (§3a) and the account-holder checks. Literal paths come before `/Cashbill/:mgtKey`, which
 * would match them too.
 */
export function addPopbillRoutes(router: Router): Router {
  addCashbillRoutes(router);
  addPointsRoutes(router);
  addMemberRoutes(router);
  return router.add({ method: "GET", path: `${PAGE_PATH_PREFIX}:pageId`, handler: handlePage });
}

function addCashbillRoutes(router: Router): void {
  router
    .add({ method: "POST", path: "/Cashbill", override: "ISSUE", handler: handleRegistIssue })
    .add({ method: "POST", path: "/Cashbill", override: "BULKISSUE", handler: handleBulkIssue })
    .add({ method: "POST", path: "/Cashbill", override: "REVOKEISSUE", handler: handleRevokeIssue })
    .add({ method: "GET", path: "/Cashbill", handler: handleCashbillConfig })
    .add({ method: "GET", path: "/Cashbill/Search", handler: handleSearch })
    .add({ method: "GET", path: "/Cashbill/ChargeInfo", handler: handleChargeInfo })
    .add({ method: "POST", path: "/Cashbill/States", handler: handleInfos })
    .add({ method: "GET", path: "/Cashbill/BULK/:submitId/State", handler: handleBulkResult })
    .add({ method: "POST", path: "/Cashbill/Prints", handler: handleMassPrint })
    .add({ method: "GET", path: "/Cashbill/EmailSendConfig", handler: handleListEmailConfig })
    .add({ method: "POST", path: "/Cashbill/EmailSendConfig", handler: handleUpdateEmailConfig })
    .add({ method: "GET", path: "/Cashbill/:mgtKey/Logs", handler: handleLogs })
    .add({ method: "GET", path: "/Cashbill/:mgtKey", handler: handleInfo })
    .add({ method: "POST", path: "/Cashbill/:mgtKey", handler: handleAssignMgtKey })
    .add({ method: "POST", path: "/Cashbill/:mgtKey", override: "EMAIL", handler: handleResend })
    .add({ method: "POST", path: "/Cashbill/:mgtKey", override: "SMS", handler: handleResend })
    .add({ method: "POST", path: "/Cashbill/:mgtKey", override: "FAX", handler: handleResend })
    .add({
      method: "POST",
      path: "/Cashbill/:mgtKey",
      override: "CANCELISSUE",
      handler: handleCancelIssue,
    });
}

function addPointsRoutes(router: Router): void {
  router
    .add({ method: "GET", path: "/Member", handler: handleMemberUrl })
    .add({ method: "POST", path: "/Payment", handler: handlePaymentRequest })
    .add({ method: "GET", path: "/Payment/:settleCode", handler: handleSettleResult })
    .add({ method: "GET", path: "/PaymentHistory", handler: handlePaymentHistory })
    .add({ method: "GET", path: "/UseHistory", handler: handleUseHistory })
    .add({ method: "POST", path: "/Refund", handler: handleRefund })
    .add({ method: "GET", path: "/Refund/:refundCode", handler: handleRefundInfo })
    .add({ method: "GET", path: "/RefundHistory", handler: handleRefundHistory })
    .add({ method: "GET", path: "/RefundPoint", handler: handleRefundPoint })
    .add({ method: "POST", path: "/EasyFin/AccountCheck", handler: accountCheckHandler("name") })
    .add({
      method: "POST",
      path: "/EasyFin/DepositorCheck",
      handler: accountCheckHandler("realName"),
    })
    .add({
      method: "GET",
      path: "/EasyFin/AccountCheck/UnitCost",
      handler: handleAccountCheckUnitCost,
    })
    .add({
      method: "GET",
      path: "/EasyFin/AccountCheck/ChargeInfo",
      handler: handleAccountCheckChargeInfo,
    });
}

function addMemberRoutes(router: Router): void {
  router
    .add({ method: "GET", path: "/Join", handler: handleCheckIsMember })
    .add({ method: "POST", path: "/Join", handler: handleJoinMember })
    .add({ method: "GET", path: "/IDCheck", handler: handleCheckId })
    .add({ method: "GET", path: "/CorpInfo", handler: handleGetCorpInfo })
    .add({ method: "POST", path: "/CorpInfo", handler: handleUpdateCorpInfo })
    .add({ method: "GET", path: "/IDs", handler: handleListContact })
    .add({ method: "POST", path: "/IDs", handler: handleUpdateContact })
    .add({ method: "POST", path: "/IDs/New", handler: handleRegistContact })
    .add({ method: "POST", path: "/Contact", handler: handleGetContactInfo })
    .add({ method: "POST", path: "/Contact/Delete", handler: handleDeleteContact })
    .add({ method: "POST", path: "/QuitRequest", handler: handleQuitMember });
}
