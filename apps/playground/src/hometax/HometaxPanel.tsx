import { type FormEvent, useState } from "react";
import { useApi } from "../api.js";
import { Badge } from "../ui/Badge.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Field } from "../ui/Field.js";
import { formatNumber } from "../ui/format.js";
import { useAction } from "../ui/use-action.js";
import { DeptUserCard } from "./DeptUserCard.js";
import { JobEvents } from "./JobEvents.js";
import {
  type HometaxService,
  READINESS_QUERY,
  type ReadinessView,
  defaultRange,
} from "./queries.js";
import { useCrawl } from "./use-crawl.js";

/** HomeTax crawling: check the login, register a department user, request a crawl and watch it. */
export function HometaxPanel() {
  const { korbill } = useApi();
  const [service, setService] = useState<HometaxService>("CASHBILL");
  const [direction, setDirection] = useState("SELL");
  const [range, setRange] = useState(() => defaultRange());
  const readiness = useAction<ReadinessView>();
  const crawl = useCrawl();

  const check = () =>
    void readiness.run(async () => {
      const data = await korbill.request<{ hometaxReadiness: ReadinessView }>(READINESS_QUERY, {
        service,
      });
      return data.hometaxReadiness;
    });
  const onCrawl = (event: FormEvent) => {
    event.preventDefault();
    crawl.request({ service, direction, ...range });
  };
  const job = crawl.view.job;
  const summary = crawl.view.summary;

  return (
    <section className="panel" aria-labelledby="hometax-title">
      <header className="panel-head">
        <h2 id="hometax-title">
          HomeTax crawling <span className="ko">홈택스 수집</span>
        </h2>
        <p>
          POPBiLL logs in to HomeTax for the member (a department user 부서사용자 or a certificate
          공동인증서) and collects its cash receipts or tax invoices. korbill follows each job and
          reports it on <code>hometaxJobEvents</code>.
        </p>
      </header>
      <div className="controls">
        <label className="field field-s">
          <span>Service</span>
          <select value={service} onChange={(e) => setService(e.target.value as HometaxService)}>
            <option value="CASHBILL">CASHBILL 현금영수증</option>
            <option value="TAXINVOICE">TAXINVOICE 세금계산서</option>
          </select>
        </label>
        <button type="button" onClick={check} disabled={readiness.busy} data-testid="hometax-check">
          {readiness.busy ? "Checking…" : "Check readiness"}
        </button>
        {readiness.result && (
          <span className="status" data-testid="hometax-readiness">
            <Badge tone={readiness.result.status === "READY" ? "ok" : "bad"}>
              {readiness.result.status}
            </Badge>{" "}
            {readiness.result.advice}
          </span>
        )}
      </div>
      <ErrorList errors={readiness.errors} testId="hometax-readiness-errors" />
      <div className="columns">
        <DeptUserCard service={service} />
        <form className="card" onSubmit={onCrawl}>
          <h3>2. Request a crawl</h3>
          <div className="form-grid">
            <label className="field field-s">
              <span>Direction</span>
              <select value={direction} onChange={(e) => setDirection(e.target.value)}>
                <option value="SELL">SELL 매출</option>
                <option value="BUY">BUY 매입</option>
              </select>
            </label>
            <Field
              label="From"
              type="date"
              value={range.from}
              width="s"
              onChange={(from) => setRange({ ...range, from })}
            />
            <Field
              label="To"
              type="date"
              value={range.to}
              width="s"
              onChange={(to) => setRange({ ...range, to })}
            />
          </div>
          <button
            type="submit"
            className="primary"
            disabled={crawl.view.busy}
            data-testid="hometax-request"
          >
            {crawl.view.busy ? "Crawling…" : "Request crawl"}
          </button>
          <ErrorList errors={crawl.view.errors} testId="hometax-errors" />
          {job && (
            <p className="muted-text" data-testid="hometax-job">
              Job <code>{job.jobId}</code> ({job.service}, {job.from} – {job.to})
            </p>
          )}
          {summary && (
            <dl className="facts" data-testid="hometax-summary">
              <dt>Documents</dt>
              <dd>{formatNumber(summary.count)}</dd>
              <dt>Total</dt>
              <dd>{formatNumber(summary.amountTotal)}원</dd>
              <dt>Supply / VAT</dt>
              <dd>
                {formatNumber(summary.supplyCostTotal)}원 / {formatNumber(summary.taxTotal)}원
              </dd>
            </dl>
          )}
        </form>
      </div>
      <h3 className="section-title">
        Live <code>hometaxJobEvents</code>
      </h3>
      <JobEvents events={crawl.view.events} />
    </section>
  );
}
