import {
  CashbillContactDocument,
  CashbillLogsDocument,
  type ResultOf,
  ResendCashbillEmailDocument,
  ResendCashbillSmsDocument,
} from "@korbill/client";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useApi } from "../api.js";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Field } from "../ui/Field.js";
import { formatDateTime } from "../ui/format.js";
import { useAction } from "../ui/use-action.js";
import { MAX_SMS_BYTES, defaultSmsText, smsBytes } from "./files.js";

type Contact = NonNullable<ResultOf<typeof CashbillContactDocument>["cashbill"]>;
type Log = ResultOf<typeof CashbillLogsDocument>["cashbillLogs"][number];

/** A modal `<dialog>` named by its title; Escape and "Close" end it. */
function Modal(props: { title: string; onClose(): void; children: ReactNode; testId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="receipt-dialog"
      aria-labelledby={titleId}
      data-testid={props.testId}
      onClose={props.onClose}
    >
      <header className="dialog-head">
        <h3 id={titleId}>{props.title}</h3>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </header>
      {props.children}
    </dialog>
  );
}

/**
 * The receipt's buyer contact (e-mail, mobile number) to prefill a resend; null until read.
 * A failure to read it is shown, and the fields stay free to fill in.
 */
function useContact(mgtKey: string): { contact: Contact | null; errors: ShownError[] } {
  const { korbill } = useApi();
  const [contact, setContact] = useState<Contact | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  useEffect(() => {
    let cancelled = false;
    korbill.client.request(CashbillContactDocument, { mgtKey }).then(
      (data) => !cancelled && setContact(data.cashbill ?? { mgtKey, email: null, hp: null }),
      (error: unknown) => !cancelled && setErrors(toShownErrors(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [korbill, mgtKey]);
  return { contact, errors };
}

/** A field prefilled once from the receipt, unless the user typed first. */
function usePrefilled(value: string | null | undefined): [string, (next: string) => void] {
  const [text, setText] = useState("");
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current && value) setText(value);
  }, [value]);
  return [
    text,
    (next) => {
      typed.current = true;
      setText(next);
    },
  ];
}

/** The send button, the progress, the success message and the errors of a resend. */
function SendFooter(props: {
  label: string;
  busy: boolean;
  sentTo: string | null;
  errors: ShownError[];
}) {
  return (
    <>
      <div className="dialog-actions">
        <button type="submit" className="primary" aria-label={props.label} disabled={props.busy}>
          {props.busy ? "Sending…" : props.label}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="receipt-dialog-result">
        {props.busy && <span className="muted-text">Sending…</span>}
        {!props.busy && props.sentTo && <span className="ok-text">Sent to {props.sentTo}.</span>}
      </p>
      <ErrorList errors={props.errors} testId="receipt-dialog-errors" />
    </>
  );
}

/** Resend by e-mail (`resendCashbillEmail`), to the receipt's own address unless changed. */
export function EmailDialog({ mgtKey, onClose }: { mgtKey: string; onClose(): void }) {
  const { korbill } = useApi();
  const { contact, errors: contactErrors } = useContact(mgtKey);
  const [address, setAddress] = usePrefilled(contact?.email);
  const send = useAction<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const receiver = address.trim();
    void send.run(async () => {
      await korbill.client.request(ResendCashbillEmailDocument, { mgtKey, receiver });
      return receiver;
    });
  };
  return (
    <Modal title={`Resend ${mgtKey} by e-mail`} onClose={onClose} testId="resend-email-dialog">
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="E-mail address"
          type="email"
          value={address}
          onChange={setAddress}
          testId="resend-email-address"
          width="l"
          hint={
            contact
              ? contact.email
                ? "The receipt's buyer e-mail; change it to send elsewhere."
                : "The receipt has no buyer e-mail: enter one."
              : "Reading the receipt's buyer e-mail…"
          }
        />
        <ErrorList errors={contactErrors} testId="receipt-contact-errors" />
        <SendFooter
          label="Send the e-mail"
          busy={send.busy}
          sentTo={send.errors.length ? null : send.result}
          errors={send.errors}
        />
      </form>
    </Modal>
  );
}

/** Resend by SMS (`resendCashbillSms`): sender and receiver numbers and the text, all required. */
export function SmsDialog({ mgtKey, onClose }: { mgtKey: string; onClose(): void }) {
  const { korbill } = useApi();
  const { contact, errors: contactErrors } = useContact(mgtKey);
  const [sender, setSender] = useState("");
  const [receiver, setReceiver] = usePrefilled(contact?.hp);
  const [contents, setContents] = useState(() => defaultSmsText(mgtKey));
  const send = useAction<string>();
  const bytes = smsBytes(contents);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const to = receiver.trim();
    void send.run(async () => {
      await korbill.client.request(ResendCashbillSmsDocument, {
        mgtKey,
        sender: sender.trim(),
        receiver: to,
        contents,
      });
      return to;
    });
  };
  return (
    <Modal title={`Resend ${mgtKey} by SMS`} onClose={onClose} testId="resend-sms-dialog">
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Sender number"
          type="tel"
          value={sender}
          onChange={setSender}
          testId="resend-sms-sender"
          hint="발신번호: a number registered with POPBiLL."
        />
        <Field
          label="Receiver number"
          type="tel"
          value={receiver}
          onChange={setReceiver}
          testId="resend-sms-receiver"
          hint={contact?.hp ? "The receipt's buyer mobile number." : "The buyer's mobile number."}
        />
        <Field
          label="Message"
          value={contents}
          onChange={setContents}
          testId="resend-sms-contents"
          width="l"
          hint={`${bytes} / ${MAX_SMS_BYTES} bytes (Hangul counts 2). Sending an SMS costs points.`}
        />
        <ErrorList errors={contactErrors} testId="receipt-contact-errors" />
        <SendFooter
          label="Send the SMS"
          busy={send.busy}
          sentTo={send.errors.length ? null : send.result}
          errors={send.errors}
        />
      </form>
    </Modal>
  );
}

/** The receipt's history (`cashbillLogs`), oldest first: time, type and message. */
export function HistoryDialog({ mgtKey, onClose }: { mgtKey: string; onClose(): void }) {
  const { korbill } = useApi();
  const logs = useAction<Log[]>();
  const [again, setAgain] = useState(0);
  const { run } = logs;
  useEffect(() => {
    void run(
      async () => (await korbill.client.request(CashbillLogsDocument, { mgtKey })).cashbillLogs,
    );
  }, [korbill, mgtKey, run, again]);
  return (
    <Modal title={`History of ${mgtKey}`} onClose={onClose} testId="receipt-history-dialog">
      <div className="dialog-actions">
        <button type="button" onClick={() => setAgain((n) => n + 1)} disabled={logs.busy}>
          Refresh
        </button>
        <span className="muted-text" role="status" aria-live="polite">
          {logs.busy ? "loading…" : logs.result ? `${logs.result.length} entries` : ""}
        </span>
      </div>
      <ErrorList errors={logs.errors} testId="receipt-dialog-errors" />
      {logs.result && (
        <div className="table-scroll">
          <table className="results" data-testid="receipt-logs">
            <thead>
              <tr>
                <th>Time (KST)</th>
                <th>Type</th>
                <th>Message</th>
              </tr>
            </thead>
            <tbody>
              {logs.result.length === 0 ? (
                <tr>
                  <td colSpan={3} className="empty">
                    No history yet.
                  </td>
                </tr>
              ) : (
                logs.result.map((log, i) => (
                  <tr key={i} data-log-type={log.docLogType}>
                    <td className="time mono">{log.at ? formatDateTime(log.at) : ""}</td>
                    <td className="type">
                      {log.procType ?? ""} <span className="muted">({log.docLogType})</span>
                    </td>
                    <td className="message note">
                      {[log.log, log.procMemo].filter(Boolean).join(" · ")}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </Modal>
  );
}
