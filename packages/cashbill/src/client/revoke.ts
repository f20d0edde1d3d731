import type { WireRevokeRequest } from "../wire.js";

/**
 * The REVOKEISSUE body in the Node SDK's key order (popbill.md §3b, §5.4), whatever order the
 * caller's object has. Empty values are dropped later by the serialiser; `false` stays.
 */
export function revokeBody(req: WireRevokeRequest): WireRevokeRequest {
  return {
    mgtKey: req.mgtKey,
    orgConfirmNum: req.orgConfirmNum,
    orgTradeDate: req.orgTradeDate,
    smssendYN: req.smssendYN,
    memo: req.memo,
    isPartCancel: req.isPartCancel,
    cancelType: req.cancelType,
    supplyCost: req.supplyCost,
    tax: req.tax,
    serviceFee: req.serviceFee,
    totalAmount: req.totalAmount,
    emailSubject: req.emailSubject,
    tradeDT: req.tradeDT,
  };
}
