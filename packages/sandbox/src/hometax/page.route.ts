import { html, text, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type Router } from "../http/router.js";
import { kstDateTime } from "../kst.js";
import { type HometaxState } from "./state.js";
import { HOMETAX_SERVICES, type HometaxService } from "./types.js";

/** Path prefix of the HomeTax popup pages (beside the host's own `/__pages/{id}`). */
export const HOMETAX_PAGE_PREFIX = "/__pages/hometax/";

/** A certificate registered through the CERT page is valid this long. */
const PAGE_CERTIFICATE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

const TITLES = { CERT: "홈택스 인증서 등록", CHRG: "홈택스 수집 정액제 신청" } as const;

/** The page URL: the host's public URL (configured, else listening), never `Host`. */
export function hometaxPageUrl(request: SandboxRequest, pageId: string): string {
  return `${request.publicUrl}${HOMETAX_PAGE_PREFIX}${pageId}`;
}

interface OpenPage {
  readonly corpNum: string;
  readonly service: HometaxService;
  readonly target: keyof typeof TITLES;
}

function openPage(request: SandboxRequest): OpenPage | SandboxReply {
  const page = request.env.state.pages.get(request.params["pageId"] ?? "");
  const [prefix, service, target] = page?.kind.split("/") ?? [];
  if (!page || prefix !== "HomeTax" || page.corpNum === undefined) return text("Unknown URL.", 404);
  if (request.env.clock.nowMs() > page.expiresAt.getTime())
    return text("This URL has expired; URLs are valid for 30 seconds.", 403);
  if (
    !HOMETAX_SERVICES.includes(service as HometaxService) ||
    (target !== "CERT" && target !== "CHRG")
  )
    return text("Unknown URL.", 404);
  return { corpNum: page.corpNum, service: service as HometaxService, target };
}

function pageHtml(state: HometaxState, page: OpenPage, note = ""): SandboxReply {
  const certificate = state.logins.certificate(page.corpNum, page.service);
  const status = certificate
    ? `등록됨, 만료 ${kstDateTime(certificate.expiresAtMs)}${certificate.valid ? "" : " (사용 불가)"}`
    : "등록된 인증서 없음";
  const form =
    page.target === "CERT"
      ? '<form method="post"><button type="submit">데모 인증서 등록 (1년)</button></form>'
      : state.hasFlatRate(page.corpNum, page.service)
        ? '<p id="flat-rate">정액제 이용중 (sandbox)</p>'
        : '<p id="flat-rate">정액제 미신청</p><form method="post"><button type="submit">정액제 신청</button></form>';
  return html(
    [
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${TITLES[page.target]} (sandbox)</title></head><body>`,
      `<h1>${TITLES[page.target]} — ${page.service} (korbill sandbox)</h1>`,
      `<p>CorpNum: <b>${page.corpNum}</b></p>`,
      `<p>인증서: <b id="certificate">${status}</b></p>`,
      note,
      form,
      "</body></html>",
    ].join("\n"),
  );
}

/**
 * Adds `GET /__pages/hometax/{id}` (the popup: the member's certificate status) and, for CERT
 * pages, `POST` to it, which registers a demo certificate valid for a year, as a user would in
 * POPBiLL's popup; on CHRG pages the `POST` subscribes to the flat rate. Both answer 403 text once the 30 seconds are over.
 */
export function addHometaxPageRoutes(router: Router, state: HometaxState): Router {
  const path = `${HOMETAX_PAGE_PREFIX}:pageId`;
  router.add({
    method: "GET",
    path,
    handler: (request) => {
      const page = openPage(request);
      return "status" in page ? page : pageHtml(state, page);
    },
  });
  router.add({
    method: "POST",
    path,
    handler: (request) => {
      const page = openPage(request);
      if ("status" in page) return page;
      if (page.target === "CHRG") {
        // subscribing happens here, in the POST, as a user would in POPBiLL's popup
        state.setFlatRate(page.corpNum, page.service, true);
        return pageHtml(state, page, '<p id="result">정액제가 신청되었습니다.</p>');
      }
      if (page.target !== "CERT") return text("Nothing to submit on this page.", 405);
      const expiresAt = request.env.clock.nowMs() + PAGE_CERTIFICATE_LIFETIME_MS;
      state.registerCertificate(page.corpNum, page.service, expiresAt);
      return pageHtml(state, page, '<p id="result">인증서가 등록되었습니다.</p>');
    },
  });
  return router;
}
