import { refill, refillArray } from "../persist/maps.js";

/** Channels of the resend calls (`X-HTTP-Method-Override` EMAIL / SMS / FAX). */
export type ResendChannel = "EMAIL" | "SMS" | "FAX";

/** One notification the sandbox "sent" for a receipt (sendEmail / sendSMS / sendFAX). */
export interface OutboxMessage {
  /** Order across the sandbox, from 1. */
  readonly seq: number;
  readonly channel: ResendChannel;
  readonly corpNum: string;
  readonly mgtKey: string;
  readonly receiver: string;
  /** SMS / FAX sender number; null for e-mail. */
  readonly sender: string | null;
  /** SMS text; null otherwise. */
  readonly contents: string | null;
  /** KST yyyyMMddHHmmss of sandbox time. */
  readonly sentDT: string;
  /** The POPBiLL user who asked. */
  readonly userId: string;
}

/** A state change of a receipt that the receipt record itself does not keep (resends). */
export interface ExtraLog {
  readonly corpNum: string;
  readonly mgtKey: string;
  readonly docLogType: number;
  readonly log: string;
  readonly procType: string;
  readonly procMemo: string;
  readonly regDT: string;
  readonly ip: string;
}

/** E-mail types of the cash-receipt service [SDK: updateEmailConfig accepts only CSH_ISSUE]. */
const CASHBILL_EMAIL_TYPES = ["CSH_ISSUE"] as const;

/**
 * What happens to receipts after issuance that is not part of the receipt: the outbox of
 * resent notifications, extra log lines, and each member's e-mail settings. Persisted as
 * the `cashbill-after` section; changed only inside non-GET requests.
 */
export class CashbillAfterIssueStore {
  readonly #outbox: OutboxMessage[] = [];
  readonly #logs: ExtraLog[] = [];
  /** `${corpNum}` -> emailType -> send. Absent = POPBiLL's default (send) [INF]. */
  readonly #emailConfig = new Map<string, Record<string, boolean>>();

  /** Records a sent notification and returns it. */
  send(message: Omit<OutboxMessage, "seq">): OutboxMessage {
    const stored = { ...message, seq: this.#outbox.length + 1 };
    this.#outbox.push(stored);
    return stored;
  }

  /** The member's outbox (optionally of one receipt), oldest first. */
  outbox(corpNum: string, mgtKey?: string): OutboxMessage[] {
    return this.#outbox.filter(
      (m) => m.corpNum === corpNum && (mgtKey === undefined || m.mgtKey === mgtKey),
    );
  }

  addLog(log: ExtraLog): void {
    this.#logs.push(log);
  }

  logs(corpNum: string, mgtKey: string): ExtraLog[] {
    return this.#logs.filter((l) => l.corpNum === corpNum && l.mgtKey === mgtKey);
  }

  /** The member's settings of every known e-mail type. */
  emailConfig(corpNum: string): { emailType: string; sendYN: boolean }[] {
    const set = this.#emailConfig.get(corpNum) ?? {};
    return CASHBILL_EMAIL_TYPES.map((emailType) => ({
      emailType,
      sendYN: set[emailType] ?? true,
    }));
  }

  setEmailConfig(corpNum: string, emailType: string, sendYN: boolean): void {
    this.#emailConfig.set(corpNum, { ...this.#emailConfig.get(corpNum), [emailType]: sendYN });
  }

  /** Persistence (see src/persist/). */
  dump(): {
    outbox: OutboxMessage[];
    logs: ExtraLog[];
    emailConfig: Map<string, Record<string, boolean>>;
  } {
    return { outbox: this.#outbox, logs: this.#logs, emailConfig: this.#emailConfig };
  }

  load(data: ReturnType<CashbillAfterIssueStore["dump"]>): void {
    refillArray(this.#outbox, data.outbox);
    refillArray(this.#logs, data.logs);
    refill(this.#emailConfig, data.emailConfig);
  }
}
