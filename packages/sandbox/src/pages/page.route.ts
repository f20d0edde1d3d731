import { html, text, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type ShortLivedPage } from "../state/pages.js";
import { remainPoint } from "../state/state.js";
import { CASHBILL_PAGE_TITLES, cashbillPage } from "./cashbill-page.js";
import { pageRows } from "./rows.js";

/** Path prefix of the pages behind 30-second URLs (real upstream paths never start with `__`). */
export const PAGE_PATH_PREFIX = "/__pages/";

/** Page kinds of the POPBiLL host's `GET /Member?TG=` and their titles. */
export const MEMBER_PAGE_TITLES: Readonly<Record<string, string>> = {
  "Member/LOGIN": "팝빌 로그인",
  "Member/CHRG": "연동회원 포인트 충전",
  "Member/PAYMENT": "연동회원 포인트 결제내역",
  "Member/USEHISTORY": "연동회원 포인트 사용내역",
};

/** The URL of a page: the host's public URL (configured, else listening), never `Host`. */
export function pageUrl(request: SandboxRequest, page: ShortLivedPage): string {
  return `${request.publicUrl}${PAGE_PATH_PREFIX}${page.id}`;
}

/**
 * `GET /__pages/{id}` (auth and POPBiLL hosts): a small page with the balance and, for the
 * member's payment and use-history pages, their latest rows — or 403 text once its 30
 * seconds of sandbox time are over.
 */
export function handlePage(request: SandboxRequest): SandboxReply | Promise<SandboxReply> {
  const { clock, state } = request.env;
  const page = state.pages.get(request.params["pageId"] ?? "");
  if (!page) return text("Unknown URL.", 404);
  if (clock.nowMs() > page.expiresAt.getTime())
    return text("This URL has expired; URLs are valid for 30 seconds.", 403);
  if (CASHBILL_PAGE_TITLES[page.kind] !== undefined) return cashbillPage(request, page);
  const memberTitle = MEMBER_PAGE_TITLES[page.kind];
  const member = page.corpNum === undefined ? undefined : state.member(page.corpNum);
  const [title, who, points] =
    memberTitle !== undefined
      ? [
          memberTitle,
          `CorpNum: <b>${escapeHtml(page.corpNum ?? "")}</b>`,
          member ? remainPoint(member) : 0,
        ]
      : [
          "파트너 포인트 충전",
          `LinkID: <b>${escapeHtml(page.linkId)}</b>`,
          state.partner(page.linkId)?.partnerPoint ?? 0,
        ];
  const rows = member ? pageRows(request.env, page.kind, member) : [];
  return html(
    [
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title} (sandbox)</title></head><body>`,
      `<h1>${title} (korbill sandbox)</h1>`,
      `<p>${who}</p>`,
      `<p>잔여 포인트: <b id="remain-point">${points}</b></p>`,
      ...(rows.length > 0
        ? ["<table>", ...rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`), "</table>"]
        : []),
      `<p>만료: ${page.expiresAt.toISOString()}</p>`,
      "</body></html>",
    ].join("\n"),
  );
}

function cell(value: string): string {
  return `<td>${escapeHtml(value)}</td>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
