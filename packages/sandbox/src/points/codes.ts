import { SandboxHttpError } from "../http/errors.js";

/**
 * Error codes of the points API (popbill.md §2.4: `-990*` is the points family). POPBiLL
 * documents the family, not these numbers: every code here is a sandbox choice [INF],
 * `-99003008` being the one the cash-receipt host already used for short points.
 */
export const POINTS_CODES = {
  /** [INF] -99003001 PaymentForm field missing or invalid (settleCost not a whole number ≥ 1 …). */
  paymentFormInvalid: -99003001,
  /** [INF] -99003002 no settlement with this settleCode for the member (HTTP 404). */
  settlementNotFound: -99003002,
  /** [INF] -99003003 RefundForm field missing or invalid. */
  refundFormInvalid: -99003003,
  /** [INF] -99003004 requestPoint exceeds the refundable balance (bonus points are never refundable). */
  refundExceeds: -99003004,
  /** [INF] -99003005 no refund request with this refundCode for the member (HTTP 404). */
  refundNotFound: -99003005,
  /** [INF] -99003008 not enough points (`포인트가 부족합니다.`), shared with every paid service. */
  pointsShort: -99003008,
} as const;

/** A points refusal, HTTP 400 unless told ([INF] POPBiLL documents no statuses). */
export function pointsError(code: number, message: string, status = 400): SandboxHttpError {
  return new SandboxHttpError(status, code, message);
}

/** `-99003008` for a service the billed ledger cannot pay. */
export function pointsShort(needed: number): SandboxHttpError {
  return pointsError(POINTS_CODES.pointsShort, `포인트가 부족합니다. (${needed} points needed)`);
}
