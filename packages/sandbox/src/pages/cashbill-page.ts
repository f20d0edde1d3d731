import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { type CashbillRecord } from "../cashbill/types.js";
import { html, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type ShortLivedPage } from "../state/pages.js";

/** Content type POPBiLL answers getPDF with; the Node SDK compares it lower-cased (popbill.md §2.4). */
export const PDF_CONTENT_TYPE = "application/pdf;charset=utf-8";

/** Titles of the receipt pages behind `GET /Cashbill/{MgtKey}?TG=` and `POST /Cashbill/Prints`. */
export const CASHBILL_PAGE_TITLES: Readonly<Record<string, string>> = {
  "Cashbill/POPUP": "현금영수증 보기",
  "Cashbill/VIEW": "현금영수증 보기 (메뉴 없음)",
  "Cashbill/PRINT": "현금영수증 인쇄",
  "Cashbill/MAIL": "현금영수증 메일 링크",
  "Cashbill/PDF": "현금영수증 PDF",
  "Cashbill/MASSPRINT": "현금영수증 대량 인쇄",
};

/** stateCode -> what POPBiLL's receipt page prints (popbill.md §3b state table). */
const STATE_NAMES: Readonly<Record<number, string>> = {
  100: "임시저장",
  200: "발행대기",
  300: "발행완료",
  304: "국세청 전송완료",
  305: "국세청 전송실패",
  400: "발행취소",
};

/** The receipt's state in words. */
function stateName(stateCode: number): string {
  return STATE_NAMES[stateCode] ?? `상태 ${stateCode}`;
}

/** What a page shows of one receipt (label, value), in the order printed. */
function receiptLines(record: CashbillRecord): [string, string][] {
  const { input } = record;
  const won = (n: number) => `${n.toLocaleString("en-US")}원`;
  return [
    ["문서번호", input.mgtKey],
    ["승인번호", record.confirmNum],
    ["거래일시", record.tradeDT],
    ["거래구분", `${input.tradeType} / ${input.tradeUsage}`],
    ["과세형태", input.taxationType],
    ["공급가액", won(input.supplyCost)],
    ["부가세", won(input.tax)],
    ["봉사료", won(input.serviceFee)],
    ["합계금액", won(input.totalAmount)],
    ["가맹점", `${input.text.franchiseCorpName ?? ""} (${input.franchiseCorpNum})`],
    ["고객명", input.text.customerName ?? ""],
    ["상품명", input.text.itemName ?? ""],
    ["상태", `${stateName(record.stateCode)} (${record.stateCode})`],
  ];
}

/**
 * A cash-receipt page (view, popup, print, mail link, bulk print): the receipts as issued,
 * one table each with stable ids (`confirm-num`, `total-amount`, `state`) for tests. The
 * print pages call `window.print()` like POPBiLL's. `TG=PDF` pages answer the PDF itself.
 */
export async function cashbillPage(
  request: SandboxRequest,
  page: ShortLivedPage,
): Promise<SandboxReply> {
  const records = (page.mgtKeys ?? []).flatMap((key) => {
    const record = request.env.cashbill.receipt(page.corpNum ?? "", key);
    return record ? [record] : [];
  });
  if (page.kind === "Cashbill/PDF" && records[0]) {
    return { status: 200, contentType: PDF_CONTENT_TYPE, body: await receiptPdf(records[0]) };
  }
  const title = CASHBILL_PAGE_TITLES[page.kind] ?? "현금영수증";
  const print = page.kind === "Cashbill/PRINT" || page.kind === "Cashbill/MASSPRINT";
  return html(
    [
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title} (sandbox)</title></head><body>`,
      `<h1>${title} (korbill sandbox)</h1>`,
      ...records.map((record) =>
        [
          `<table class="cashbill" data-mgt-key="${escapeHtml(record.input.mgtKey)}">`,
          ...receiptLines(record).map(
            ([label, value]) =>
              `<tr><th>${label}</th><td id="${idOf(label)}">${escapeHtml(value)}</td></tr>`,
          ),
          "</table>",
        ].join("\n"),
      ),
      `<p>만료: ${page.expiresAt.toISOString()}</p>`,
      print ? "<script>window.print()</script>" : "",
      "</body></html>",
    ].join("\n"),
  );
}

const IDS: Readonly<Record<string, string>> = {
  문서번호: "mgt-key",
  승인번호: "confirm-num",
  합계금액: "total-amount",
  상태: "state",
};

function idOf(label: string): string {
  return IDS[label] ?? label;
}

// Nanum Gothic (OFL) from npm: Hangul needs a CJK font, none of PDF's standard 14 has it.
const FONT = createRequire(import.meta.url).resolve(
  "@expo-google-fonts/nanum-gothic/400Regular/NanumGothic_400Regular.ttf",
);

/** The receipt as a one-page A5 PDF (pdfkit), Hangul embedded as a font subset. */
export function receiptPdf(record: CashbillRecord): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A5",
      margin: 40,
      info: { Title: `현금영수증 ${record.input.mgtKey}`, Producer: "korbill sandbox" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font(FONT);
    let y = 40;
    words(doc, "현금영수증 (korbill sandbox)", 18, y);
    y += 36;
    for (const [label, value] of receiptLines(record)) {
      words(doc, `${label}: ${value}`, 11, y);
      y += 18;
    }
    doc.end();
  });
}

/**
 * Draws a line word by word: fontkit (under pdfkit) cannot measure Nanum Gothic's empty
 * space glyph ("Offset is outside the bounds of the DataView"), so spaces are never laid out
 * as glyphs, only as a gap of a third of the font size.
 */
function words(doc: PDFKit.PDFDocument, line: string, size: number, y: number): void {
  doc.fontSize(size);
  let x = 40;
  for (const word of line.split(" ").filter((w) => w !== "")) {
    doc.text(word, x, y, { lineBreak: false });
    x += doc.widthOfString(word) + size / 3;
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
