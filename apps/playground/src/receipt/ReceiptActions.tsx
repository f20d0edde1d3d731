import {
  BulkSubmissionDocument,
  CashbillMassPrintUrlDocument,
  CashbillPageUrlDocument,
  CashbillPdfDocument,
} from "@korbill/client";
import { type ReactNode, createContext, useCallback, useContext, useState } from "react";
import { useApi } from "../api.js";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";
import { ErrorList } from "../ui/ErrorList.js";
import type { Column } from "../ui/VirtualTable.js";
import { EmailDialog, HistoryDialog, SmsDialog } from "./ReceiptDialogs.js";
import { base64ToBytes, printBatches, saveBytes } from "./files.js";

/** A dialog about one receipt: resend by e-mail or SMS, or its history. */
export type ReceiptDialogKind = "email" | "sms" | "history";

/** What the last action did, as the status line shows it. */
interface ActionStatus {
  state: "busy" | "ok" | "error";
  text: string;
  errors: ShownError[];
  /** The page's URL when the browser refused the new window (pop-ups blocked). */
  link?: string;
}

interface ReceiptActionsApi {
  status: ActionStatus | null;
  /** The receipt whose View or PDF is running (its buttons wait). */
  busyKey: string | null;
  view(mgtKey: string): void;
  pdf(mgtKey: string): void;
  print(label: string, mgtKeys: readonly string[]): void;
  /** Prints a recorded submission's issued receipts (read from `bulkSubmission`). */
  printSubmission(submitId: string): void;
  openDialog(kind: ReceiptDialogKind, mgtKey: string): void;
}

const ReceiptActionsContext = createContext<ReceiptActionsApi | null>(null);

function useReceiptActions(): ReceiptActionsApi {
  const api = useContext(ReceiptActionsContext);
  if (!api) throw new Error("receipt actions need a ReceiptActionsProvider");
  return api;
}

/**
 * Opens a page whose URL is asked for first. The window opens at once, inside the click, so
 * that pop-up blockers let it through, and goes to the URL when it arrives; it closes again
 * when the request fails. Returns whether the page was shown.
 */
async function openPage(url: () => Promise<string>, what: string): Promise<"opened" | string> {
  const win = window.open("", "_blank");
  if (win) {
    win.opener = null; // the receipt page gets no handle on the playground
    win.document.title = `Opening ${what}…`;
    win.document.body.textContent = `Opening ${what}…`;
  }
  try {
    const target = await url();
    if (!win) return target;
    win.location.replace(target);
    return "opened";
  } catch (error) {
    win?.close();
    throw error;
  }
}

/**
 * The receipt actions of a table (View, PDF, resend by e-mail or SMS, history, printing a
 * bulk): one status line and one dialog for all its rows, so a row scrolled out of the
 * virtualized table loses nothing.
 */
export function ReceiptActionsProvider({ children }: { children: ReactNode }) {
  const { korbill } = useApi();
  const client = korbill.client;
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: ReceiptDialogKind; mgtKey: string } | null>(null);

  const run = useCallback(
    async (
      key: string | null,
      busyText: string,
      action: () => Promise<Omit<ActionStatus, "errors">>,
    ) => {
      setBusyKey(key);
      setStatus({ state: "busy", text: busyText, errors: [] });
      try {
        setStatus({ ...(await action()), errors: [] });
      } catch (error) {
        setStatus({
          state: "error",
          text: `${busyText.replace(/…$/, "")} failed:`,
          errors: toShownErrors(error),
        });
      } finally {
        setBusyKey(null);
      }
    },
    [],
  );

  const shown = (result: string, what: string): Omit<ActionStatus, "errors"> =>
    result === "opened"
      ? { state: "ok", text: `Opened ${what} in a new window (its URL works for 30 seconds).` }
      : {
          state: "error",
          text: `The browser blocked the new window (allow pop-ups), or open ${what} here:`,
          link: result,
        };

  const printKeys = (label: string, keys: () => Promise<string[]>) => {
    const what = `the print page of ${label}`;
    void run(null, `Opening ${what}…`, async () =>
      shown(
        await openPage(async () => {
          const data = await client.request(CashbillMassPrintUrlDocument, {
            mgtKeys: await keys(),
          });
          return data.cashbillMassPrintUrl.url;
        }, what),
        what,
      ),
    );
  };

  const api: ReceiptActionsApi = {
    status,
    busyKey,
    view: (mgtKey) => {
      const what = `the view of ${mgtKey}`;
      void run(mgtKey, `Opening ${what}…`, async () =>
        shown(
          await openPage(async () => {
            const data = await client.request(CashbillPageUrlDocument, { mgtKey, page: "VIEW" });
            return data.cashbillPageUrl.url;
          }, what),
          what,
        ),
      );
    },
    pdf: (mgtKey) => {
      void run(mgtKey, `Downloading the PDF of ${mgtKey}…`, async () => {
        const { cashbillPdf: pdf } = await client.request(CashbillPdfDocument, { mgtKey });
        saveBytes(base64ToBytes(pdf.base64), pdf.fileName, pdf.contentType);
        return { state: "ok", text: `Downloaded ${pdf.fileName} (${pdf.size} bytes).` };
      });
    },
    print: (label, mgtKeys) => printKeys(label, async () => [...mgtKeys]),
    printSubmission: (submitId) =>
      printKeys(`bulk ${submitId}`, async () => {
        const { bulkSubmission } = await client.request(BulkSubmissionDocument, { submitId });
        const keys = (bulkSubmission?.results ?? []).flatMap((r) =>
          r.success && r.mgtKey ? [r.mgtKey] : [],
        );
        if (!keys.length) throw new Error(`bulk ${submitId} has no issued receipts to print`);
        return keys;
      }),
    openDialog: (kind, mgtKey) => setDialog({ kind, mgtKey }),
  };

  const close = () => setDialog(null);
  return (
    <ReceiptActionsContext.Provider value={api}>
      {children}
      {dialog?.kind === "email" && <EmailDialog mgtKey={dialog.mgtKey} onClose={close} />}
      {dialog?.kind === "sms" && <SmsDialog mgtKey={dialog.mgtKey} onClose={close} />}
      {dialog?.kind === "history" && <HistoryDialog mgtKey={dialog.mgtKey} onClose={close} />}
    </ReceiptActionsContext.Provider>
  );
}

/** The last receipt action's progress, result or errors (code and message). */
export function ReceiptActionStatus() {
  const { status } = useReceiptActions();
  return (
    <div
      className="action-status"
      data-testid="receipt-action-status"
      role="status"
      aria-live="polite"
    >
      {status && (
        <span
          className={
            status.state === "error" ? "bad-text" : status.state === "ok" ? "ok-text" : "muted-text"
          }
          data-state={status.state}
        >
          {status.text}{" "}
          {status.link && (
            <a href={status.link} target="_blank" rel="noopener noreferrer">
              open it
            </a>
          )}
        </span>
      )}
      {status && <ErrorList errors={status.errors} testId="receipt-action-errors" />}
    </div>
  );
}

/** A row's buttons: View, PDF, resend by e-mail or SMS, history (only once it is issued). */
export function ReceiptActionButtons({ mgtKey, issued }: { mgtKey: string; issued: boolean }) {
  const actions = useReceiptActions();
  const busy = actions.busyKey === mgtKey;
  const off = !issued || busy;
  return (
    <span className="row-actions" aria-busy={busy}>
      <button
        type="button"
        disabled={off}
        aria-label={`View receipt ${mgtKey}`}
        onClick={() => actions.view(mgtKey)}
      >
        View
      </button>
      <button
        type="button"
        disabled={off}
        aria-label={`Download the PDF of ${mgtKey}`}
        onClick={() => actions.pdf(mgtKey)}
      >
        PDF
      </button>
      <button
        type="button"
        disabled={!issued}
        aria-label={`Resend ${mgtKey} by e-mail`}
        onClick={() => actions.openDialog("email", mgtKey)}
      >
        E-mail
      </button>
      <button
        type="button"
        disabled={!issued}
        aria-label={`Resend ${mgtKey} by SMS`}
        onClick={() => actions.openDialog("sms", mgtKey)}
      >
        SMS
      </button>
      <button
        type="button"
        disabled={!issued}
        aria-label={`History of ${mgtKey}`}
        onClick={() => actions.openDialog("history", mgtKey)}
      >
        History
      </button>
    </span>
  );
}

/** An "Actions" column for a table of receipts; `receipt` says which, and whether issued. */
export function receiptActionsColumn<T>(
  receipt: (row: T) => { mgtKey: string; issued: boolean },
): Column<T> {
  return {
    key: "actions",
    header: "Actions",
    className: "actions",
    cell: (row) => <ReceiptActionButtons {...receipt(row)} />,
  };
}

/** Bulks whose issued receipts can be printed together. */
export interface PrintableBulk {
  submitId: string;
  mgtKeys: readonly string[];
}

/**
 * "Print all" for each bulk with issued receipts: one mass print page per bulk (a bulk holds
 * at most 100, the upstream's limit per page); a longer list is split into pages of 100.
 */
export function PrintBulks({ bulks }: { bulks: readonly PrintableBulk[] }) {
  const actions = useReceiptActions();
  const printable = bulks.filter((b) => b.mgtKeys.length > 0);
  if (!printable.length) return null;
  return (
    <div className="print-bulks" data-testid="print-bulks">
      <span className="muted-text">Print all (one page per bulk, at most 100 receipts):</span>
      {printable.flatMap((bulk) =>
        printBatches(bulk.mgtKeys).map((batch) => {
          const part = batch.parts > 1 ? ` (part ${batch.part} of ${batch.parts})` : "";
          return (
            <button
              key={`${bulk.submitId}-${batch.part}`}
              type="button"
              aria-label={`Print all issued receipts of bulk ${bulk.submitId}${part}`}
              onClick={() => actions.print(`bulk ${bulk.submitId}${part}`, batch.mgtKeys)}
            >
              {bulk.submitId.replace(/^.*-/, "")}
              {part} · {batch.mgtKeys.length}
            </button>
          );
        }),
      )}
    </div>
  );
}

/** "Print" for a recorded submission of today's history: its issued receipts on one page. */
export function PrintSubmissionButton({ submitId, issued }: { submitId: string; issued: number }) {
  const actions = useReceiptActions();
  return (
    <span className="row-actions">
      <button
        type="button"
        disabled={issued === 0}
        aria-label={`Print the issued receipts of submission ${submitId}`}
        onClick={() => actions.printSubmission(submitId)}
      >
        Print {issued}
      </button>
    </span>
  );
}
