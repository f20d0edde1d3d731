import { type FormEvent, useMemo, useState } from "react";
import { DayHistory } from "../history/DayHistory.js";
import {
  PrintBulks,
  ReceiptActionStatus,
  ReceiptActionsProvider,
} from "../receipt/ReceiptActions.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Progress } from "../ui/Progress.js";
import { Stat } from "../ui/Stat.js";
import { formatNumber } from "../ui/format.js";
import { BULK_SIZE, MAX_RECEIPTS, clampCount } from "./receipts.js";
import { BulkStatus } from "./BulkStatus.js";
import { ResultsTable } from "./ResultsTable.js";
import { issuedByBulk } from "./run-state.js";
import { useBulkRun } from "./use-bulk-run.js";

/** The central flow: issue N receipts in bulks and watch every result arrive live. */
export function BulkPanel() {
  const { view, start } = useBulkRun();
  const [count, setCount] = useState("100");
  const [failures, setFailures] = useState(false);
  const running = view.phase === "submitting" || view.phase === "waiting";
  const counts = view.run?.counts;
  const refused = (counts?.refused ?? 0) + (counts?.notSent ?? 0);
  const rows = view.run?.rows;
  const bulks = useMemo(() => issuedByBulk(rows ?? []), [rows]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const n = clampCount(Number(count));
    setCount(String(n));
    start(n, failures);
  };
  return (
    <section className="panel" aria-labelledby="bulk-title">
      <header className="panel-head">
        <h2 id="bulk-title">
          Bulk cash receipts <span className="ko">현금영수증 대량 발행</span>
        </h2>
        <p>
          Issues demo receipts in bulks of {BULK_SIZE} (<code>bulkIssueCashbills</code>) and fills
          the table from <code>cashbillEvents</code>: a <code>BULKRESULT</code> per receipt, then{" "}
          <code>NTS_FILED</code> or <code>NTS_FAILED</code> when the National Tax Service answers.
        </p>
      </header>
      <form className="controls" onSubmit={onSubmit}>
        <label className="field">
          <span>Receipts</span>
          <input
            data-testid="bulk-count"
            type="number"
            min={1}
            max={MAX_RECEIPTS}
            step={1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            disabled={running}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            data-testid="bulk-failures"
            checked={failures}
            onChange={(e) => setFailures(e.target.checked)}
            disabled={running}
          />
          <span>Include sample refusals and filing failures</span>
        </label>
        <button type="submit" className="primary" data-testid="bulk-start" disabled={running}>
          {running ? "Running…" : "Issue receipts"}
        </button>
        <BulkStatus view={view} running={running} />
      </form>
      <div className="stats">
        <Stat label="Issued 발급" value={counts?.issued ?? 0} testId="issued-count" tone="ok" />
        <Stat
          label="Refused 거부"
          value={refused}
          testId="refused-count"
          tone={refused > 0 ? "bad" : "muted"}
        />
        <Stat label="Filed 국세청 신고" value={counts?.filed ?? 0} testId="filed-count" tone="ok" />
        <Stat
          label="Filing failed 신고실패"
          value={counts?.filingFailed ?? 0}
          testId="filing-failed-count"
          tone={counts?.filingFailed ? "bad" : "muted"}
        />
        <Stat
          label="Points before 잔액"
          value={view.balanceBefore === null ? "–" : formatNumber(view.balanceBefore)}
          testId="balance-before"
          unit="P"
        />
        <Stat
          label="Points after"
          value={view.balanceAfter === null ? "–" : formatNumber(view.balanceAfter)}
          testId="balance-after"
          unit="P"
        />
        <Stat
          label="Spent"
          value={
            view.balanceBefore !== null && view.balanceAfter !== null
              ? formatNumber(view.balanceBefore - view.balanceAfter)
              : "–"
          }
          testId="balance-spent"
          unit="P"
          tone="muted"
        />
      </div>
      <div className="bars">
        <Progress
          label="Issuance (BULKRESULT)"
          done={counts?.issued ?? 0}
          failed={refused}
          total={counts?.total ?? 0}
          testId="issue-progress"
        />
        <Progress
          label="NTS filing (NTS_FILED / NTS_FAILED)"
          done={counts?.filed ?? 0}
          failed={counts?.filingFailed ?? 0}
          total={counts?.issued ?? 0}
          testId="filing-progress"
        />
      </div>
      <ErrorList errors={view.errors} testId="bulk-errors" />
      <ReceiptActionsProvider>
        <PrintBulks bulks={bulks} />
        <ReceiptActionStatus />
        <ResultsTable rows={rows ?? []} />
        <DayHistory refresh={running ? 0 : 1} />
      </ReceiptActionsProvider>
    </section>
  );
}
