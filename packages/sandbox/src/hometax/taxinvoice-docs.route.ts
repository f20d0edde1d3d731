import { html, json, text, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler, type Router } from "../http/router.js";
import { kstDate, parseKstDate } from "../kst.js";
import { hometaxCaller, identityOf } from "./caller.js";
import { ntsConfirmNumInvalid } from "./codes.js";
import { hashSeed } from "./random.js";
import { invoicesOfDay } from "./taxinvoice-data.js";
import { type CrawlDirection, type HTTaxinvoiceRow, type MemberIdentity } from "./types.js";

/**
 * A crawled tax invoice by its NTS confirm number (popbill@1.64.2 HTTaxinvoiceService.js:244-300,
 * 494-551: getTaxinvoice `GET /HomeTax/Taxinvoice/{NTSConfirmNum}`, getXML `…?T=xml`,
 * getPopUpURL `…/PopUp` and getPrintURL `…/Print`, the last two answering `{url}`; the SDK
 * refuses an NTSConfirmNum that is not 24 characters before sending).
 */

const NTS_CONFIRM_NUM = /^\d{24}$/;
const DIRECTIONS: readonly CrawlDirection[] = ["SELL", "BUY", "TRUSTEE"];

/** Path prefix of the view and print pages. */
const TAXINVOICE_PAGE_PREFIX = "/__pages/hometax-taxinvoice/";

/**
 * The member's invoice with this number, as HomeTax holds it. The sandbox makes invoices from
 * (member, direction, write date) alone (taxinvoice-data.ts), and the number spells the issue
 * date, a per-direction prefix, the write date and an index, so the invoice is found again from
 * its number. [INF] HomeTax holds an invoice once it was sent to the NTS (before today, KST),
 * which is also when a crawl finds it; POPBiLL does not say whether it also requires a crawl.
 */
function findTaxinvoice(
  member: MemberIdentity,
  ntsConfirmNum: string,
  nowMs: number,
): HTTaxinvoiceRow | undefined {
  if (!NTS_CONFIRM_NUM.test(ntsConfirmNum)) return undefined;
  const writeDay = parseKstDate(`20${ntsConfirmNum.slice(16, 22)}`);
  if (writeDay === undefined) return undefined;
  const prefix = ntsConfirmNum.slice(10, 16);
  const direction = DIRECTIONS.find(
    (d) => String((hashSeed(`${member.corpNum}|Taxinvoice|${d}`) % 900_000) + 100_000) === prefix,
  );
  if (!direction) return undefined;
  const today = kstDate(nowMs);
  return invoicesOfDay(member, direction, writeDay).find(
    (row) => row.ntsconfirmNum === ntsConfirmNum && row.sendDate < today,
  );
}

function invoiceOf(request: SandboxRequest): {
  row: HTTaxinvoiceRow;
  caller: ReturnType<typeof hometaxCaller>;
} {
  const caller = hometaxCaller(request, "Taxinvoice");
  const num = request.params["ntsConfirmNum"] ?? request.params["jobId"] ?? "";
  if (!NTS_CONFIRM_NUM.test(num)) throw ntsConfirmNumInvalid(num);
  const row = findTaxinvoice(identityOf(caller), num, request.receivedAt.getTime());
  if (!row) throw ntsConfirmNumInvalid(num, 404);
  return { row, caller };
}

/** [INF] NTS modify code of a returned-goods (환입) invoice, the only kind the sandbox makes. */
const MODIFY_CODE_RETURN = 3;

/** HTTaxinvoice, the detail object (field names of the official Java SDK's HTTaxinvoice). */
function taxinvoiceDetail(row: HTTaxinvoiceRow) {
  return {
    ntsconfirmNum: row.ntsconfirmNum,
    writeDate: row.writeDate,
    issueDT: `${row.issueDate}100000`, // [INF] time of day
    invoiceType: 1, // [INF] 전자(세금)계산서 종류코드: 1 세금계산서
    taxType: row.taxType,
    purposeType: row.purposeType,
    modifyCode: row.modifyYN ? MODIFY_CODE_RETURN : null,
    orgNTSConfirmNum: row.orgNTSConfirmNum || null,
    invoicerCorpNum: row.invoicerCorpNum,
    invoicerTaxRegID: row.invoicerTaxRegID,
    invoicerCorpName: row.invoicerCorpName,
    invoicerCEOName: row.invoicerCEOName,
    invoicerEmail: row.invoicerEmail,
    invoiceeCorpNum: row.invoiceeCorpNum,
    invoiceeType: row.invoiceeType,
    invoiceeTaxRegID: row.invoiceeTaxRegID,
    invoiceeCorpName: row.invoiceeCorpName,
    invoiceeCEOName: row.invoiceeCEOName,
    invoiceeEmail1: row.invoiceeEmail1,
    invoiceeEmail2: row.invoiceeEmail2,
    trusteeCorpNum: row.trusteeCorpNum,
    trusteeTaxRegID: row.trusteeTaxRegID,
    trusteeCorpName: row.trusteeCorpName,
    trusteeCEOName: row.trusteeCEOName,
    trusteeEmail: row.trusteeEmail,
    supplyCostTotal: row.supplyCostTotal,
    taxTotal: row.taxTotal,
    totalAmount: row.totalAmount,
    remark1: row.remark1,
    detailList: [
      {
        serialNum: 1,
        purchaseDT: row.purchaseDate,
        itemName: row.itemName,
        spec: row.spec,
        qty: row.qty,
        unitCost: row.unitCost,
        supplyCost: row.supplyCost,
        tax: row.tax,
        remark: row.remark,
      },
    ],
  };
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** [INF] a small XML rendering of the invoice (the real one is the NTS standard document). */
function taxinvoiceXml(row: HTTaxinvoiceRow): string {
  const e = (tag: string, value: string) => `<${tag}>${escapeXml(value)}</${tag}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<TaxInvoice>",
    e("IssueID", row.ntsconfirmNum),
    e("IssueDateTime", `${row.issueDate}100000`),
    e("WriteDate", row.writeDate),
    e("PurposeType", row.purposeType),
    e("TaxType", row.taxType),
    `<Invoicer>${e("ID", row.invoicerCorpNum)}${e("Name", row.invoicerCorpName)}${e("CEOName", row.invoicerCEOName)}</Invoicer>`,
    `<Invoicee>${e("ID", row.invoiceeCorpNum)}${e("Name", row.invoiceeCorpName)}${e("CEOName", row.invoiceeCEOName)}</Invoicee>`,
    `<LineItem>${e("Name", row.itemName)}${e("Spec", row.spec)}${e("Quantity", row.qty)}${e("UnitPrice", row.unitCost)}${e("SupplyCost", row.supplyCost)}${e("Tax", row.tax)}</LineItem>`,
    `<Summary>${e("SupplyCostTotal", row.supplyCostTotal)}${e("TaxTotal", row.taxTotal)}${e("TotalAmount", row.totalAmount)}</Summary>`,
    "</TaxInvoice>",
  ].join("");
}

/**
 * `GET /HomeTax/Taxinvoice/{24 digits}[?T=xml]`: HTTaxinvoice, or with `T=xml`
 * `{ResultCode: 1, Message, retObject}` (field names of the Java SDK's
 * HTTaxinvoiceXMLResponse; [INF] Message is the NTS confirm number, as its javadoc says).
 * Other lengths fall through to `next` (the job search shares `/{JobID}`).
 */
export function taxinvoiceOrSearch(search: RouteHandler): RouteHandler {
  return (request) => {
    const segment = request.params["jobId"] ?? "";
    if (segment.length !== 24) return search(request);
    const { row } = invoiceOf(request);
    if (request.query.get("T") === "xml")
      return json({ ResultCode: 1, Message: row.ntsconfirmNum, retObject: taxinvoiceXml(row) });
    return json(taxinvoiceDetail(row));
  };
}

/** `GET /HomeTax/Taxinvoice/{NTSConfirmNum}/PopUp|Print`: `{url}` valid 30 s of sandbox time. */
export function taxinvoicePageUrl(target: "PopUp" | "Print"): RouteHandler {
  return (request) => {
    const { row, caller } = invoiceOf(request);
    const { clock, settings, state } = request.env;
    const page = state.pages.create({
      kind: `HomeTaxTaxinvoice/${target}/${row.ntsconfirmNum}`,
      linkId: caller.token.linkId,
      corpNum: caller.member.corpNum,
      expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
    });
    return json({ url: `${request.publicUrl}${TAXINVOICE_PAGE_PREFIX}${page.id}` });
  };
}

function taxinvoicePage(request: SandboxRequest): SandboxReply {
  const { clock, state } = request.env;
  const page = state.pages.get(request.params["pageId"] ?? "");
  const [prefix, target, num] = page?.kind.split("/") ?? [];
  if (!page || prefix !== "HomeTaxTaxinvoice" || !num || page.corpNum === undefined)
    return text("Unknown URL.", 404);
  if (clock.nowMs() > page.expiresAt.getTime())
    return text("This URL has expired; URLs are valid for 30 seconds.", 403);
  const member = state.member(page.corpNum);
  const row = member
    ? findTaxinvoice(
        { corpNum: member.corpNum, corpName: member.corpName, ceoName: member.ceoName },
        num,
        page.expiresAt.getTime(),
      )
    : undefined;
  if (!row) return text("Unknown URL.", 404);
  const title = target === "Print" ? "전자세금계산서 인쇄" : "전자세금계산서 보기";
  const cell = (label: string, value: string, id?: string) =>
    `<tr><th>${label}</th><td${id ? ` id="${id}"` : ""}>${escapeXml(value)}</td></tr>`;
  return html(
    [
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title} (sandbox)</title>`,
      target === "Print" ? "<style>@media print { button { display: none } }</style>" : "",
      "</head><body>",
      `<h1>${title} (korbill sandbox)</h1>`,
      "<table>",
      cell("국세청승인번호", row.ntsconfirmNum, "nts-confirm-num"),
      cell("작성일자", row.writeDate),
      cell("발행일자", row.issueDate),
      cell("공급자", `${row.invoicerCorpName} (${row.invoicerCorpNum})`, "invoicer"),
      cell("공급받는자", `${row.invoiceeCorpName} (${row.invoiceeCorpNum})`, "invoicee"),
      cell("품목", `${row.itemName} ${row.spec} × ${row.qty}`),
      cell("공급가액", row.supplyCostTotal, "supply-cost-total"),
      cell("세액", row.taxTotal, "tax-total"),
      cell("합계금액", row.totalAmount, "total-amount"),
      cell("영수/청구", row.purposeType),
      "</table>",
      target === "Print" ? '<button onclick="print()">인쇄</button>' : "",
      "</body></html>",
    ].join("\n"),
  );
}

/** Adds the view/print pages behind the PopUp and Print URLs. */
export function addTaxinvoicePageRoutes(router: Router): Router {
  return router.add({
    method: "GET",
    path: `${TAXINVOICE_PAGE_PREFIX}:pageId`,
    handler: taxinvoicePage,
  });
}
