import { memo } from "react";
import { Badge } from "../ui/Badge.js";
import { formatNumber } from "../ui/format.js";
import type { ReceiptRow } from "./run-state.js";

/** One row per receipt of the run, filled in as its events arrive. */
export function ResultsTable({ rows }: { rows: readonly ReceiptRow[] }) {
  return (
    <div className="table-scroll">
      <table className="results" data-testid="results-table">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>mgtKey</th>
            <th>SubmitID</th>
            <th className="num">Amount (원)</th>
            <th>Issuance</th>
            <th>Confirm no.</th>
            <th>NTS filing</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty">
                No receipts yet: choose how many and press “Issue receipts”.
              </td>
            </tr>
          ) : (
            rows.map((row) => <Row key={row.mgtKey} row={row} />)
          )}
        </tbody>
      </table>
    </div>
  );
}

const Row = memo(function Row({ row }: { row: ReceiptRow }) {
  return (
    <tr data-issue={row.issue} data-filing={row.filing ?? ""}>
      <td className="num muted">{row.index}</td>
      <td className="mono">{row.mgtKey}</td>
      <td className="mono muted">{row.submitId}</td>
      <td className="num">{formatNumber(row.totalAmount)}</td>
      <td>
        <IssueBadge row={row} />
      </td>
      <td className="mono">{row.confirmNum ?? ""}</td>
      <td>
        <FilingBadge row={row} />
      </td>
      <td className="note">{noteOf(row)}</td>
    </tr>
  );
});

function IssueBadge({ row }: { row: ReceiptRow }) {
  switch (row.issue) {
    case "ISSUED":
      return <Badge tone="ok">issued 발급</Badge>;
    case "REFUSED":
      return <Badge tone="bad">refused 거부</Badge>;
    case "NOT_SENT":
      return <Badge tone="bad">not sent</Badge>;
    default:
      return <Badge tone="wait">pending</Badge>;
  }
}

function FilingBadge({ row }: { row: ReceiptRow }) {
  switch (row.filing) {
    case "FILED":
      return <Badge tone="ok">filed 신고완료</Badge>;
    case "FAILED":
      return <Badge tone="bad">failed 신고실패</Badge>;
    case "WAITING":
      return <Badge tone="wait">waiting</Badge>;
    default:
      return <Badge tone="muted">–</Badge>;
  }
}

function noteOf(row: ReceiptRow): string {
  const parts: string[] = [];
  if (row.code !== null && row.code !== 1) parts.push(`code ${row.code}`);
  if (row.ntsResultCode && row.ntsResultCode !== "0000") parts.push(`NTS ${row.ntsResultCode}`);
  if (row.message) parts.push(row.message);
  return parts.join(" · ");
}
