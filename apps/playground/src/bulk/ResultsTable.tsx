import { receiptActionsColumn } from "../receipt/ReceiptActions.js";
import { Badge } from "../ui/Badge.js";
import { formatNumber } from "../ui/format.js";
import { type Column, VirtualTable } from "../ui/VirtualTable.js";
import type { ReceiptRow } from "./run-state.js";

/** The table's columns; a feature adds its own (e.g. actions on a receipt) here. */
export const RESULT_COLUMNS: Column<ReceiptRow>[] = [
  { key: "index", header: "#", className: "num muted", cell: (row) => row.index },
  { key: "mgtKey", header: "mgtKey", className: "mono", cell: (row) => row.mgtKey },
  { key: "submitId", header: "SubmitID", className: "mono muted", cell: (row) => row.submitId },
  {
    key: "amount",
    header: "Amount (원)",
    className: "num amount",
    cell: (row) => formatNumber(row.totalAmount),
  },
  { key: "issue", header: "Issuance", cell: (row) => <IssueBadge row={row} /> },
  {
    key: "confirmNum",
    header: "Confirm no.",
    className: "mono confirm-num",
    cell: (row) => row.confirmNum ?? "",
  },
  { key: "filing", header: "NTS filing", cell: (row) => <FilingBadge row={row} /> },
  { key: "note", header: "Note", className: "note", cell: (row) => noteOf(row) },
  receiptActionsColumn((row) => ({ mgtKey: row.mgtKey, issued: row.issue === "ISSUED" })),
];

/**
 * One row per receipt of the run, filled in as its events arrive; virtualized, so a run of
 * 1,000 receipts redraws only the rows in view as results stream in.
 */
export function ResultsTable({ rows }: { rows: readonly ReceiptRow[] }) {
  return (
    <VirtualTable
      rows={rows}
      columns={RESULT_COLUMNS}
      rowKey={(row) => row.mgtKey}
      rowProps={(row) => ({
        "data-issue": row.issue,
        "data-filing": row.filing ?? "",
        "data-mgt-key": row.mgtKey,
        "data-submit-id": row.submitId,
      })}
      empty="No receipts yet: choose how many and press “Issue receipts”."
      testId="results-table"
    />
  );
}

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
