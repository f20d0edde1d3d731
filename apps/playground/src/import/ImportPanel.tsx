import { MAX_ERRORS } from "@korbill/cashbill-import";
import { type DragEvent, useMemo, useState } from "react";
import {
  PrintBulks,
  ReceiptActionStatus,
  ReceiptActionsProvider,
} from "../receipt/ReceiptActions.js";
import { Progress } from "../ui/Progress.js";
import { Stat } from "../ui/Stat.js";
import { formatNumber } from "../ui/format.js";
import { resultCsv, resultFileName } from "./import-file.js";
import { ImportRowsTable } from "./ImportRowsTable.js";
import { blocked, useImportRun } from "./use-import-run.js";

/** Validation errors shown at once; the rest are counted (a wrong file has one per cell). */
const SHOWN_ERRORS = 200;

/**
 * The operator's day-end import (`korbill cashbills import` in the browser): drop a .csv or
 * .xlsx, see every row's validation before anything is sent, issue with live progress, and
 * download the result file, which can be fixed and imported again (issued rows are not sent
 * twice: the same file gives the same SubmitIDs here and in the CLI).
 */
export function ImportPanel() {
  const { view, load, issue } = useImportRun();
  const [dragging, setDragging] = useState(false);
  const plan = view.plan;
  const p = plan?.plan;
  const counts = view.counts;
  const rows = useMemo(
    () =>
      plan
        ? plan.rows.map((item) => ({ item, outcome: plan.outcomes.get(item.row.rowNumber) }))
        : [],
    // `version` changes as outcomes arrive: the mutable map is read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [plan, view.version],
  );
  // Each chunk is one bulk of at most 100: its issued receipts print on one page.
  const bulks = useMemo(
    () =>
      (plan?.chunks ?? []).map((chunk) => ({
        submitId: chunk.submitId,
        mgtKeys: chunk.rows
          .filter((row) => plan?.outcomes.get(row.rowNumber)?.status === "ISSUED")
          .map((row) => row.input.mgtKey),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [plan, view.version],
  );
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void load(file);
  };
  const download = () => {
    if (!plan) return;
    const url = URL.createObjectURL(
      new Blob([resultCsv(plan)], { type: "text/csv;charset=utf-8" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = resultFileName(plan.file.name);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const canIssue = view.phase === "planned" && plan && !blocked(plan) && plan.chunks.length > 0;
  const sent = view.phase === "sending" || view.phase === "done";
  return (
    <section className="panel" aria-labelledby="import-title">
      <header className="panel-head">
        <h2 id="import-title">
          Import the day&apos;s receipts <span className="ko">현금영수증 일괄 발행 (파일)</span>
        </h2>
        <p>
          A POS/ERP export (.csv in UTF-8 or CP949, or .xlsx) is validated here, row by row, with
          the rules <code>korbill cashbills import</code> uses; nothing is sent while a row is
          invalid. Bulks of 100 get SubmitIDs derived from the file, so importing the same file (or
          its result file) again never issues a receipt twice.
        </p>
      </header>
      <label
        className={dragging ? "dropzone dragging" : "dropzone"}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          data-testid="import-file"
          disabled={view.phase === "sending"}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void load(file);
            e.target.value = "";
          }}
        />
        <span>
          {plan ? (
            <>
              <strong data-testid="import-file-name">{plan.file.name}</strong> ({plan.file.encoding}
              ) — drop another file to replace it
            </>
          ) : view.phase === "reading" ? (
            "Reading…"
          ) : (
            "Drop a .csv or .xlsx file here, or click to choose one 파일을 끌어다 놓으세요"
          )}
        </span>
      </label>
      {view.error && (
        <p className="errors" role="alert" data-testid="import-error">
          {view.error}
        </p>
      )}
      {p && (
        <>
          <div className="stats">
            <Stat label="Rows 행" value={formatNumber(p.rows)} testId="import-row-count" />
            <Stat
              label="Invalid 오류"
              value={formatNumber(p.invalidRows.size)}
              testId="import-invalid-count"
              tone={p.invalidRows.size ? "bad" : "muted"}
            />
            <Stat
              label="To send 발행 예정"
              value={formatNumber(p.toSend)}
              testId="import-to-send"
            />
            <Stat
              label="Bulks"
              value={`${view.bulksSent} / ${p.chunks.length}`}
              testId="import-bulks"
            />
            <Stat
              label="Issued 발급"
              value={counts?.issued ?? 0}
              testId="import-issued"
              tone="ok"
            />
            <Stat
              label="Refused 거부"
              value={counts?.refused ?? 0}
              testId="import-refused"
              tone={counts?.refused ? "bad" : "muted"}
            />
            <Stat label="Filed 신고" value={counts?.filed ?? 0} testId="import-filed" tone="ok" />
            <Stat
              label="Filing failed"
              value={counts?.filingFailed ?? 0}
              testId="import-filing-failed"
              tone={counts?.filingFailed ? "bad" : "muted"}
            />
          </div>
          <ValidationErrors plan={plan} />
          <div className="controls">
            <button
              type="button"
              className="primary"
              data-testid="import-issue"
              disabled={!canIssue}
              onClick={() => void issue()}
            >
              {view.phase === "sending"
                ? "Issuing…"
                : `Issue ${formatNumber(p.toSend)} receipts in ${p.chunks.length} bulks`}
            </button>
            <button
              type="button"
              data-testid="import-download"
              disabled={view.phase === "sending"}
              onClick={download}
            >
              Download the result file 결과 파일
            </button>
            <span className="muted-text" data-testid="import-phase">
              {view.phase === "done" ? "done 완료" : view.phase}
            </span>
          </div>
          {sent && (
            <div className="bars">
              <Progress
                label="Bulks sent (bulkIssueCashbills)"
                done={view.bulksSent}
                total={p.chunks.length}
                testId="import-bulk-progress"
              />
              <Progress
                label="Issuance (BULKRESULT)"
                done={counts?.issued ?? 0}
                failed={counts?.refused ?? 0}
                total={p.toSend}
                testId="import-issue-progress"
              />
              <Progress
                label="NTS filing (NTS_FILED / NTS_FAILED)"
                done={counts?.filed ?? 0}
                failed={counts?.filingFailed ?? 0}
                total={counts?.issued ?? 0}
                testId="import-filing-progress"
              />
            </div>
          )}
          {view.log.length > 0 && (
            <ul className="muted-text" data-testid="import-log">
              {view.log.slice(-20).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <ReceiptActionsProvider>
        <PrintBulks bulks={bulks} />
        <ReceiptActionStatus />
        <ImportRowsTable rows={rows} version={view.version} />
      </ReceiptActionsProvider>
    </section>
  );
}

/** Header problems, and each invalid cell: row number, column, message. */
function ValidationErrors({
  plan,
}: {
  plan: NonNullable<ReturnType<typeof useImportRun>["view"]["plan"]>;
}) {
  const { headerProblems, errors, errorCount } = plan.plan;
  if (!headerProblems.length && !errorCount) {
    return (
      <p className="ok-text" data-testid="import-valid">
        Every row is valid 모든 행이 올바릅니다.
      </p>
    );
  }
  return (
    <div className="errors" role="alert" data-testid="import-errors">
      <p>
        Nothing will be sent until the file is fixed 파일을 고친 뒤 다시 올려 주세요:{" "}
        {headerProblems.length > 0 ? "the header row" : `${formatNumber(errorCount)} problem(s)`}
      </p>
      <ul>
        {headerProblems.map((problem) => (
          <li key={problem} data-testid="import-header-problem">
            {problem}
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <table className="results" data-testid="import-error-table">
          <thead>
            <tr>
              <th className="num">Row 행</th>
              <th>Column 열</th>
              <th>Problem 오류</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <tr key={i} data-row={e.rowNumber}>
                <td className="num">{e.rowNumber}</td>
                <td>{e.column}</td>
                <td className="note">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {errorCount > SHOWN_ERRORS && (
        <p className="muted-text">
          … and {formatNumber(errorCount - SHOWN_ERRORS)} more
          {errorCount > MAX_ERRORS
            ? ` (the first ${MAX_ERRORS} are in the result file's rows)`
            : ""}
        </p>
      )}
    </div>
  );
}
