// Cash-receipt calls after issuance. Paths, overrides and bodies are popbill@1.64.2
// lib/CashbillService.js's [SDK] (also listed in /work/shared/protocol/popbill.md §3b); the
// 30-second URL lifetime is popbill.md §3a [DOC].
import { InputError } from "@korbill/core-domain";
import { type PopbillTransport, UpstreamServerError } from "@korbill/core-upstream";
import { segment } from "./paths.js";

/** Pages of one receipt behind `GET /Cashbill/{MgtKey}?TG=` [SDK getPopUpURL … getPDFURL]. */
export const RECEIPT_PAGES = ["POPUP", "VIEW", "PRINT", "MAIL", "PDF"] as const;
export type ReceiptPage = (typeof RECEIPT_PAGES)[number];

/** Most MgtKeys per getMassPrintURL (popbill.md §3b). */
export const MAX_MASS_PRINT = 100;

/** `{url}` replies. */
export interface WireUrl {
  url: string;
}
/** `{code, message}` replies. */
export interface WireCodeMessage {
  code: number;
  message: string;
}
/** CashbillLog (popbill.md §3b). */
export interface WireCashbillLog {
  docLogType: number;
  log: string | null;
  procType: string | null;
  procMemo: string | null;
  regDT: string | null;
  ip: string | null;
}
/** EmailConfig of listEmailConfig. */
export interface WireEmailConfig {
  emailType: string;
  sendYN: boolean;
}

const SCOPES = ["member", "140"] as const;

/** The after-issue calls, mixed into the cash-receipt client. */
export function afterIssueCalls(popbill: PopbillTransport) {
  const base = (corpNum: string, userId?: string) => ({
    corpNum,
    scopes: SCOPES,
    ...(userId ? { userId } : {}),
  });
  const get = <T>(corpNum: string, path: string, userId?: string) =>
    popbill.request<T>({ ...base(corpNum, userId), method: "GET", path });
  const key = (mgtKey: string) => segment(mgtKey, "mgtKey");
  return {
    /** getPopUpURL / getViewURL / getPrintURL / getMailURL / getPDFURL: `GET /Cashbill/{MgtKey}?TG={page}`. */
    getReceiptURL(corpNum: string, mgtKey: string, page: ReceiptPage, userId?: string) {
      return get<WireUrl>(corpNum, `/Cashbill/${key(mgtKey)}?TG=${page}`, userId);
    },
    /** getMassPrintURL: `POST /Cashbill/Prints`, body = JSON array of MgtKeys (≤ 100). */
    getMassPrintURL(corpNum: string, mgtKeys: readonly string[], userId?: string) {
      if (mgtKeys.length === 0 || mgtKeys.length > MAX_MASS_PRINT) {
        const message = `1 to ${MAX_MASS_PRINT} keys, got ${mgtKeys.length}`;
        throw new InputError(`getMassPrintURL: ${message}`, [{ path: "mgtKeys", message }]);
      }
      return popbill.request<WireUrl>({
        ...base(corpNum, userId),
        method: "POST",
        path: "/Cashbill/Prints",
        body: mgtKeys.map(key),
        retry: "idempotent-post",
      });
    },
    /** sendEmail: `POST /Cashbill/{MgtKey}` + EMAIL, `{receiver}`. Not retried (sends twice). */
    sendEmail(corpNum: string, mgtKey: string, receiver: string, userId?: string) {
      return popbill.request<WireCodeMessage>({
        ...base(corpNum, userId),
        method: "POST",
        path: `/Cashbill/${key(mgtKey)}`,
        override: "EMAIL",
        body: { receiver },
        retry: "never",
      });
    },
    /** sendSMS: `POST /Cashbill/{MgtKey}` + SMS, `{sender, receiver, contents}`. */
    sendSMS(
      corpNum: string,
      mgtKey: string,
      sms: { sender: string; receiver: string; contents: string },
      userId?: string,
    ) {
      return popbill.request<WireCodeMessage>({
        ...base(corpNum, userId),
        method: "POST",
        path: `/Cashbill/${key(mgtKey)}`,
        override: "SMS",
        body: { sender: sms.sender, receiver: sms.receiver, contents: sms.contents },
        retry: "never",
      });
    },
    /** sendFAX: `POST /Cashbill/{MgtKey}` + FAX, `{sender, receiver}`. */
    sendFAX(
      corpNum: string,
      mgtKey: string,
      fax: { sender: string; receiver: string },
      userId?: string,
    ) {
      return popbill.request<WireCodeMessage>({
        ...base(corpNum, userId),
        method: "POST",
        path: `/Cashbill/${key(mgtKey)}`,
        override: "FAX",
        body: { sender: fax.sender, receiver: fax.receiver },
        retry: "never",
      });
    },
    /**
     * getPDF: `GET /Cashbill/{MgtKey}?PDF`, answered with raw bytes and
     * `Content-Type: application/pdf;charset=utf-8` (popbill.md §2.4, BaseService.js). Anything
     * else on a 200 is an upstream fault.
     */
    async getPDF(corpNum: string, mgtKey: string, userId?: string): Promise<Buffer> {
      if (!popbill.requestBinary)
        throw new TypeError("this POPBiLL transport cannot read binary replies");
      const reply = await popbill.requestBinary({
        ...base(corpNum, userId),
        method: "GET",
        path: `/Cashbill/${key(mgtKey)}?PDF`,
      });
      if (!reply.contentType.toLowerCase().startsWith("application/pdf"))
        throw new UpstreamServerError({
          upstream: "popbill",
          message: `getPDF answered ${reply.contentType || "no content type"}, not a PDF`,
        });
      return reply.body;
    },
    /** getLogs: `GET /Cashbill/{MgtKey}/Logs`. */
    getLogs(corpNum: string, mgtKey: string, userId?: string) {
      return get<WireCashbillLog[]>(corpNum, `/Cashbill/${key(mgtKey)}/Logs`, userId);
    },
    /** listEmailConfig: `GET /Cashbill/EmailSendConfig`. */
    listEmailConfig(corpNum: string, userId?: string) {
      return get<WireEmailConfig[]>(corpNum, "/Cashbill/EmailSendConfig", userId);
    },
    /** updateEmailConfig: `POST /Cashbill/EmailSendConfig?EmailType=CSH_ISSUE&SendYN=…`, no body. */
    updateEmailConfig(corpNum: string, emailType: "CSH_ISSUE", sendYN: boolean, userId?: string) {
      return popbill.request<WireCodeMessage>({
        ...base(corpNum, userId),
        method: "POST",
        path: `/Cashbill/EmailSendConfig?EmailType=${emailType}&SendYN=${String(sendYN)}`,
      });
    },
    /**
     * assignMgtKey: `POST /Cashbill/{ItemKey}`, form body `MgtKey={MgtKey}` (unescaped, as the
     * SDK sends it; the charset check makes escaping moot).
     */
    assignMgtKey(corpNum: string, itemKey: string, mgtKey: string, userId?: string) {
      return popbill.request<WireCodeMessage>({
        ...base(corpNum, userId),
        method: "POST",
        path: `/Cashbill/${segment(itemKey, "itemKey")}`,
        body: `MgtKey=${key(mgtKey)}`,
        extraHeaders: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
      });
    },
  };
}
