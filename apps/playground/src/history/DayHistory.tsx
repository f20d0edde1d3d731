import { useState } from "react";
import { PrintSubmissionButton } from "../receipt/ReceiptActions.js";
import { Badge } from "../ui/Badge.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Stat } from "../ui/Stat.js";
import { type Column, VirtualTable } from "../ui/VirtualTable.js";
import { formatNumber, formatTime } from "../ui/format.js";
import { type Submission, useDayHistory } from "./use-day-history.js";

const COLUMNS: Column<Submission>[] = [
  {
    key: "time",
    header: "Recorded",
    className: "mono",
    cell: (s) => (s.submittedAt ? formatTime(s.submittedAt) : ""),
  },
  { key: "submitId", header: "SubmitID", className: "mono muted", cell: (s) => s.submitId },
  { key: "state", header: "State", cell: (s) => <StateBadge submission={s} /> },
  { key: "receipts", header: "Receipts", className: "num", cell: (s) => s.submitCount },
  { key: "issued", header: "Issued 발급", className: "num", cell: (s) => s.successCount ?? "" },
  { key: "refused", header: "Refused 거부", className: "num", cell: (s) => s.failCount ?? "" },
  { key: "filed", header: "Filed 신고", className: "num", cell: (s) => s.filedCount ?? "" },
  {
    key: "filingFailed",
    header: "Filing failed",
    className: "num",
    cell: (s) => s.filingFailedCount ?? "",
  },
  { key: "note", header: "Note", className: "note", cell: (s) => s.error ?? "" },
  {
    key: "print",
    header: "Print all",
    className: "actions",
    cell: (s) => <PrintSubmissionButton submitId={s.submitId} issued={s.successCount ?? 0} />,
  },
];

/**
 * Today's bulk submissions as the gateway recorded them (they survive a reload), with the
 * day's summary; "failures only" asks the server for the failed ones. The table is
 * virtualized: thousands of submissions draw as fast as a screenful.
 */
export function DayHistory({ refresh }: { refresh: number }) {
  const [failuresOnly, setFailuresOnly] = useState(false);
  const [again, setAgain] = useState(0);
  const history = useDayHistory(failuresOnly, refresh + again);
  const s = history.summary;
  return (
    <section className="history" aria-labelledby="history-title" data-testid="day-history">
      <header className="panel-head">
        <h3 id="history-title">
          Today&apos;s submissions <span className="ko">오늘의 발행 내역</span>
          {history.day && <span className="muted-text"> {history.day}</span>}
        </h3>
      </header>
      <div className="controls">
        <label className="check">
          <input
            type="checkbox"
            data-testid="history-failures-only"
            checked={failuresOnly}
            onChange={(e) => setFailuresOnly(e.target.checked)}
          />
          <span>Failures only 실패만</span>
        </label>
        <button type="button" data-testid="history-refresh" onClick={() => setAgain((n) => n + 1)}>
          Refresh
        </button>
        <span className="muted-text" data-testid="history-status">
          {history.loading ? "loading…" : `${formatNumber(history.submissions.length)} shown`}
        </span>
      </div>
      <div className="stats">
        <Stat label="Submissions" value={s?.submissions ?? "–"} testId="day-submissions" />
        <Stat label="Receipts" value={s?.receipts ?? "–"} testId="day-receipts" />
        <Stat label="Issued 발급" value={s?.issued ?? "–"} testId="day-issued" tone="ok" />
        <Stat
          label="Refused 거부"
          value={s?.refused ?? "–"}
          testId="day-refused"
          tone={s?.refused ? "bad" : "muted"}
        />
        <Stat label="Filed 신고" value={s?.filed ?? "–"} testId="day-filed" tone="ok" />
        <Stat
          label="Amount 합계"
          value={s ? formatNumber(s.amounts.totalAmount) : "–"}
          unit="원"
          testId="day-amount"
        />
        <Stat
          label="Points spent"
          value={
            s?.pointsSpent === null || s?.pointsSpent === undefined
              ? "–"
              : formatNumber(s.pointsSpent)
          }
          unit="P"
          testId="day-points"
          tone="muted"
        />
      </div>
      <ErrorList errors={history.errors} testId="history-errors" />
      <VirtualTable
        rows={history.submissions}
        columns={COLUMNS}
        rowKey={(r) => r.submitId}
        rowProps={(r) => ({ "data-state": r.state })}
        empty={failuresOnly ? "No failures today." : "Nothing issued today yet."}
        testId="history-table"
        height={360}
      />
    </section>
  );
}

function StateBadge({ submission }: { submission: Submission }) {
  const { state } = submission;
  if (state === "COMPLETED") {
    return submission.failCount ? (
      <Badge tone="bad">completed, some refused</Badge>
    ) : (
      <Badge tone="ok">completed</Badge>
    );
  }
  if (state === "FAILED") return <Badge tone="bad">failed</Badge>;
  return <Badge tone="wait">{state.toLowerCase()}</Badge>;
}
