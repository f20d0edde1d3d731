import { type SandboxReply } from "../http/reply.js";
import { queryList } from "./body.js";
import { type IamportCall } from "./call.js";
import { badParameter, envelope, IamportError, missing, paymentNotFound } from "./reply.js";
import { type PaymentAnnotation } from "./wire.js";

const PAYMENT_STATUSES: readonly string[] = ["ready", "paid", "cancelled", "failed"];

type SortKey = "started_at" | "paid_at" | "updated";

const SORTINGS: Record<string, { key: SortKey; descending: boolean }> = {
  "-started": { key: "started_at", descending: true },
  started: { key: "started_at", descending: false },
  "-paid": { key: "paid_at", descending: true },
  paid: { key: "paid_at", descending: false },
  "-updated": { key: "updated", descending: true },
  updated: { key: "updated", descending: false },
};

/** `GET /payments/{imp_uid}`; unknown: 404 `존재하지 않는 결제정보입니다.` (§5.4). */
export function getPayment({ request, book }: IamportCall): SandboxReply {
  const payment = book.payment(request.params["imp_uid"] ?? "");
  if (payment === undefined) throw paymentNotFound();
  return envelope(payment);
}

/**
 * `GET /payments/find/{merchant_uid}[/{payment_status}]?sorting=` (§5.4): the first
 * payment of that merchant_uid by `sorting` (default `-started`), optionally of one status.
 */
export function findPayment({ request, book }: IamportCall): SandboxReply {
  const status = request.params["payment_status"];
  if (status !== undefined && !PAYMENT_STATUSES.includes(status))
    throw badParameter("지원되지 않는 상태값입니다.");
  const sorting = SORTINGS[request.query.get("sorting") ?? "-started"];
  if (sorting === undefined) throw badParameter("지원되지 않는 정렬 기준입니다."); // [INF]
  const candidates = book
    .paymentsOf(request.params["merchant_uid"] ?? "")
    .filter((payment) => status === undefined || payment.status === status);
  const sign = sorting.descending ? -1 : 1;
  const [first] = candidates.sort(
    (a, b) => sign * (sortValue(a, sorting.key) - sortValue(b, sorting.key)),
  );
  if (first === undefined) throw paymentNotFound();
  return envelope(first);
}

/**
 * `GET /payments?imp_uid[]=…&merchant_uid[]=…` (at most 100 ids): 200 when every id
 * resolved, 207 with the found ones when some did, 404 when none (§3, §5.4). A
 * merchant_uid resolves to its newest payment [INF].
 */
export function getPayments({ request, book }: IamportCall): SandboxReply {
  const impUids = queryList(request.query, "imp_uid");
  const merchantUids = queryList(request.query, "merchant_uid");
  const asked = impUids.length + merchantUids.length;
  if (asked === 0) throw missing("imp_uid", "merchant_uid");
  if (asked > 100) throw badParameter("한 번에 최대 100건까지 조회할 수 있습니다."); // [INF]
  const found = [
    ...impUids.map((impUid) => book.payment(impUid)),
    ...merchantUids.map((merchantUid) => book.paymentsOf(merchantUid)[0]),
  ];
  const payments = found.filter((payment) => payment !== undefined);
  if (payments.length === 0) throw new IamportError(404, -1, "존재하지 않는 결제정보입니다.");
  return envelope(payments, payments.length === asked ? 200 : 207);
}

function sortValue(payment: PaymentAnnotation, key: SortKey): number {
  if (key !== "updated") return payment[key];
  return Math.max(payment.started_at, payment.paid_at, payment.failed_at, payment.cancelled_at);
}
