import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { type PopbillHarness } from "../popbill/popbill.test-helpers.js";

/** The KST day of `VECTOR_DATE` (2026-11-23 10:02:03 KST). */
export const TODAY = "20261123";
/** The `regDT`/`txDT` of requests at `VECTOR_DATE`. */
export const NOW_DT = "20261123100203";

/** A PaymentForm of 11,000 KRW (10,000 points), keys as the official examples send them. */
export const PAYMENT_FORM = {
  settlerName: "김데모",
  settlerEmail: "demo@example.com",
  notifyHP: "010-1234-5678",
  paymentName: "데모상사",
  settleCost: "11000",
} as const;

/** A RefundForm of `requestPoint` points. */
export function refundForm(requestPoint: string | number = "5000"): Record<string, unknown> {
  return {
    contactName: "김데모",
    tel: "02-1234-5678",
    requestPoint,
    accountBank: "국민",
    accountNum: "1234567890123",
    accountName: "데모상사",
    reason: "서비스 해지",
  };
}

/** POST /Payment with {@link PAYMENT_FORM} (and overrides); returns the settleCode. */
export async function requestPayment(
  harness: PopbillHarness,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const reply = await harness.call("POST", "/Payment", { body: { ...PAYMENT_FORM, ...overrides } });
  if (reply.status !== 200) throw new Error(`POST /Payment failed: ${JSON.stringify(reply.body)}`);
  return String(reply.body.settleCode);
}

/** A member token of 1234567890 for the account-holder checks (scopes member, 182, 183). */
export function accountCheckToken(authUrl: string, corpNum = "1234567890"): Promise<string> {
  return memberToken(authUrl, { corpNum, scopes: ["member", "182", "183"] });
}

/** `GET {auth}/POPBILL_TEST/Point` of the harness member: its remaining points. */
export async function remainPoint(harness: PopbillHarness): Promise<number> {
  const response = await fetch(`${harness.authUrl}/POPBILL_TEST/Point`, {
    headers: { Authorization: `Bearer ${harness.token}` },
  });
  return Number(((await response.json()) as { remainPoint: number }).remainPoint);
}
