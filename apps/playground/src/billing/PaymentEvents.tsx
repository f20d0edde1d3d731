import { Badge } from "../ui/Badge.js";
import { ErrorList } from "../ui/ErrorList.js";
import { formatNumber, formatTime } from "../ui/format.js";
import { useLiveEvents } from "../ui/use-live-events.js";
import { PAYMENT_EVENTS_SUBSCRIPTION, type PaymentEventView } from "./queries.js";

/** The member's verified payment outcomes, live from `paymentEvents`, newest first. */
export function PaymentEvents() {
  const live = useLiveEvents<PaymentEventView>({
    query: PAYMENT_EVENTS_SUBSCRIPTION,
    field: "paymentEvents",
  });
  return (
    <>
      <h3 className="section-title">
        Live <code>paymentEvents</code>
      </h3>
      <ErrorList errors={live.errors} testId="payment-event-errors" />
      <div className="table-scroll short">
        <table className="results" data-testid="payment-events">
          <thead>
            <tr>
              <th>At</th>
              <th>Type</th>
              <th>merchantUid</th>
              <th>customerUid</th>
              <th className="num">Amount (원)</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {live.events.length === 0 ? (
              <tr>
                <td colSpan={6} className="empty">
                  No payment events yet: issue a key and charge it.
                </td>
              </tr>
            ) : (
              live.events.map((e) => (
                <tr key={e.cursor} data-type={e.type}>
                  <td className="mono muted">{formatTime(e.at)}</td>
                  <td>
                    <Badge tone={e.type === "FAILED" ? "bad" : "ok"}>{e.type}</Badge>
                  </td>
                  <td className="mono">{e.merchantUid}</td>
                  <td className="mono muted">{e.customerUid ?? ""}</td>
                  <td className="num">{formatNumber(e.amount)}</td>
                  <td className="note">{e.failReason ?? e.status}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
