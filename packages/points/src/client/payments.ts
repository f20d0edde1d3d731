import type {
  WirePage,
  WirePaymentForm,
  WirePaymentHistory,
  WirePaymentResponse,
  WireRefundForm,
  WireRefundHistory,
  WireRefundResponse,
  WireRefundableBalance,
  WireUseHistory,
} from "../wire.js";
import {
  type HistoryQuery,
  type PageQuery,
  type UseHistoryQuery,
  paymentHistoryPath,
  refundHistoryPath,
  useHistoryPath,
} from "./history-paths.js";
import { type CallContext, as, codeSegment, get } from "./request.js";

/**
 * Bank-transfer charges, refunds and the points ledger (popbill.md §3a; BaseService.js
 * paymentRequest … getRefundInfo). The two POSTs are never retried: neither carries a key by
 * which a duplicate could be recognised, so an ambiguous failure is left to the caller.
 */
export function paymentCalls(ctx: CallContext) {
  const { popbill } = ctx;
  return {
    /** PaymentRequest (무통장 입금신청): `POST /Payment` with a PaymentForm. */
    async paymentRequest(
      corpNum: string,
      form: WirePaymentForm,
      userId?: string,
    ): Promise<WirePaymentResponse> {
      return popbill.request<WirePaymentResponse>({
        ...as(corpNum, userId),
        method: "POST",
        path: "/Payment",
        body: form,
        retry: "never",
      });
    },

    /** GetSettleResult: one bank-transfer charge (`GET /Payment/{settleCode}`). */
    async getSettleResult(
      corpNum: string,
      settleCode: string,
      userId?: string,
    ): Promise<WirePaymentHistory> {
      return get(ctx, corpNum, `/Payment/${codeSegment(settleCode, "settleCode")}`, userId);
    },

    /** GetPaymentHistory: charges in a date range, paged. */
    async getPaymentHistory(
      corpNum: string,
      query: HistoryQuery,
      userId?: string,
    ): Promise<WirePage<WirePaymentHistory>> {
      return get(ctx, corpNum, paymentHistoryPath(query), userId);
    },

    /** GetUseHistory: points movements in a date range, paged, `Order` D or A. */
    async getUseHistory(
      corpNum: string,
      query: UseHistoryQuery,
      userId?: string,
    ): Promise<WirePage<WireUseHistory>> {
      return get(ctx, corpNum, useHistoryPath(query), userId);
    },

    /** Refund (환불신청): `POST /Refund` with a RefundForm. */
    async refund(
      corpNum: string,
      form: WireRefundForm,
      userId?: string,
    ): Promise<WireRefundResponse> {
      return popbill.request<WireRefundResponse>({
        ...as(corpNum, userId),
        method: "POST",
        path: "/Refund",
        body: form,
        retry: "never",
      });
    },

    /** GetRefundHistory: refund requests, paged (`GET /RefundHistory?Page=…&PerPage=…`). */
    async getRefundHistory(
      corpNum: string,
      query: PageQuery = {},
      userId?: string,
    ): Promise<WirePage<WireRefundHistory>> {
      return get(ctx, corpNum, refundHistoryPath(query), userId);
    },

    /** GetRefundInfo: one refund request (`GET /Refund/{refundCode}`). */
    async getRefundInfo(
      corpNum: string,
      refundCode: string,
      userId?: string,
    ): Promise<WireRefundHistory> {
      return get(ctx, corpNum, `/Refund/${codeSegment(refundCode, "refundCode")}`, userId);
    },

    /** GetRefundableBalance: points that can still be refunded (`GET /RefundPoint`). */
    async getRefundableBalance(corpNum: string, userId?: string): Promise<number> {
      const reply = await get<WireRefundableBalance>(ctx, corpNum, "/RefundPoint", userId);
      return Number(reply.refundableBalance);
    },
  };
}
