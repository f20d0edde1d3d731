import { type FormEvent, useState } from "react";
import { useApi } from "../api.js";
import { Badge } from "../ui/Badge.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Field } from "../ui/Field.js";
import { formatNumber } from "../ui/format.js";
import { demoId } from "../ui/ids.js";
import { useAction } from "../ui/use-action.js";
import { PaymentEvents } from "./PaymentEvents.js";
import {
  type BillingKeyView,
  CHARGE_MUTATION,
  ISSUE_KEY_MUTATION,
  type PaymentView,
} from "./queries.js";

/** The sandbox's test card (Luhn-valid; nothing real is ever charged in the local stage). */
const SANDBOX_CARD = {
  number: "4111-1111-1111-1111",
  expiry: "2031-12",
  birth: "900101",
  pin: "12",
};

/** i'mport billing: issue a billing key for a card, charge it, watch `paymentEvents`. */
export function BillingPanel() {
  const { korbill } = useApi();
  const [customerUid, setCustomerUid] = useState(() => demoId("cust"));
  const [card, setCard] = useState(SANDBOX_CARD);
  const [amount, setAmount] = useState("9900");
  const [name, setName] = useState("월간 이용권");
  const issue = useAction<BillingKeyView>();
  const charge = useAction<PaymentView>();

  const onIssue = (event: FormEvent) => {
    event.preventDefault();
    void issue.run(async () => {
      const data = await korbill.request<{ issueBillingKey: BillingKeyView }>(ISSUE_KEY_MUTATION, {
        customerUid,
        card: { number: card.number, expiry: card.expiry, birth: card.birth, pinPrefix: card.pin },
        customer: { name: "홍길동" },
      });
      return data.issueBillingKey;
    });
  };
  const onCharge = (event: FormEvent) => {
    event.preventDefault();
    void charge.run(async () => {
      const data = await korbill.request<{ chargeBillingKey: PaymentView }>(CHARGE_MUTATION, {
        customerUid,
        merchantUid: demoId("order"),
        amount: Number(amount),
        name,
      });
      return data.chargeBillingKey;
    });
  };

  return (
    <section className="panel" aria-labelledby="billing-title">
      <header className="panel-head">
        <h2 id="billing-title">
          Billing keys and payments <span className="ko">정기결제 · 아임포트</span>
        </h2>
        <p>
          i'mport keeps the card under your <code>customerUid</code>; korbill sends the card to
          i'mport only and keeps just the masked number. Outcomes arrive on{" "}
          <code>paymentEvents</code> after korbill has verified them with i'mport.
        </p>
      </header>
      <div className="columns">
        <form className="card" onSubmit={onIssue}>
          <h3>1. Issue a billing key</h3>
          <div className="form-grid">
            <Field label="customerUid" value={customerUid} onChange={setCustomerUid} width="l" />
            <Field
              label="Card number"
              value={card.number}
              onChange={(number) => setCard({ ...card, number })}
              width="l"
              hint="Sandbox test card"
            />
            <Field
              label="Expiry (YYYY-MM)"
              value={card.expiry}
              onChange={(expiry) => setCard({ ...card, expiry })}
              width="s"
            />
            <Field
              label="Birth (YYMMDD)"
              value={card.birth}
              onChange={(birth) => setCard({ ...card, birth })}
              width="s"
            />
            <Field
              label="PIN, first 2"
              value={card.pin}
              onChange={(pin) => setCard({ ...card, pin })}
              width="s"
              type="password"
            />
          </div>
          <button
            type="submit"
            className="primary"
            data-testid="billing-issue"
            disabled={issue.busy}
          >
            {issue.busy ? "Issuing…" : "Issue billing key"}
          </button>
          <ErrorList errors={issue.errors} testId="billing-issue-errors" />
          {issue.result && (
            <dl className="facts" data-testid="billing-key">
              <dt>customerUid</dt>
              <dd className="mono">{issue.result.customerUid}</dd>
              <dt>Card</dt>
              <dd className="mono">
                {issue.result.cardNumber} {issue.result.cardName && `· ${issue.result.cardName}`}
              </dd>
              <dt>PG</dt>
              <dd>{issue.result.pgProvider ?? "–"}</dd>
              <dt>Replaced</dt>
              <dd>{issue.result.replaced ? "yes (an earlier card was replaced)" : "no"}</dd>
            </dl>
          )}
        </form>
        <form className="card" onSubmit={onCharge}>
          <h3>2. Charge it</h3>
          <div className="form-grid">
            <Field
              label="Amount (원)"
              value={amount}
              onChange={setAmount}
              type="number"
              width="s"
            />
            <Field label="Order name" value={name} onChange={setName} width="l" />
          </div>
          <button
            type="submit"
            className="primary"
            data-testid="billing-charge"
            disabled={charge.busy || !issue.result}
            title={issue.result ? undefined : "Issue a billing key first"}
          >
            {charge.busy ? "Charging…" : `Charge ${customerUid}`}
          </button>
          <ErrorList errors={charge.errors} testId="billing-charge-errors" />
          {charge.result && (
            <dl className="facts" data-testid="billing-payment">
              <dt>Status</dt>
              <dd>
                <Badge tone={charge.result.status === "PAID" ? "ok" : "bad"}>
                  {charge.result.status}
                </Badge>
                {charge.result.failReason && ` ${charge.result.failReason}`}
              </dd>
              <dt>impUid</dt>
              <dd className="mono">{charge.result.impUid}</dd>
              <dt>merchantUid</dt>
              <dd className="mono">{charge.result.merchantUid}</dd>
              <dt>Amount</dt>
              <dd>{formatNumber(charge.result.amount)}원</dd>
            </dl>
          )}
        </form>
      </div>
      <PaymentEvents />
    </section>
  );
}
