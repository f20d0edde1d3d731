import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { html, json, text, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { verifyBearer } from "./bearer.js";
import { pathServiceId } from "./points.route.js";

/** Path prefix of the pages behind 30-second URLs (real upstream paths never start with `__`). */
export const PAGE_PATH_PREFIX = "/__pages/";

/**
 * `GET /{serviceID}/URL?TG=CHRG`: `{"url": ...}` pointing at a partner point-charge page
 * served by the sandbox, valid for 30 seconds of sandbox time. Only `TG=CHRG` exists.
 */
export function handleChargeUrl(request: SandboxRequest): SandboxReply {
  const token = verifyBearer(request, [], pathServiceId(request));
  const target = request.query.get("TG");
  if (target !== "CHRG") {
    // [INF] status and code for an unsupported TG are undocumented (the Node SDK refuses it locally)
    throw new SandboxHttpError(
      400,
      SANDBOX_CODES.invalidRequest,
      `TG must be CHRG, got "${target ?? ""}"`,
    );
  }
  const { clock, settings, state } = request.env;
  const page = state.pages.create({
    kind: "CHRG",
    linkId: token.linkId,
    corpNum: token.corpNum,
    expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
  });
  return json({ url: `${baseUrl(request)}${PAGE_PATH_PREFIX}${page.id}` });
}

/** `GET /__pages/{id}`: the page, or 403 text once its 30 seconds are over. */
export function handlePage(request: SandboxRequest): SandboxReply {
  const { clock, state } = request.env;
  const page = state.pages.get(request.params["pageId"] ?? "");
  if (!page) return text("Unknown URL.", 404);
  if (clock.nowMs() > page.expiresAt.getTime())
    return text("This URL has expired; URLs are valid for 30 seconds.", 403);
  const partner = state.partner(page.linkId);
  return html(
    [
      '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>포인트 충전 (sandbox)</title></head><body>',
      "<h1>파트너 포인트 충전 (korbill sandbox)</h1>",
      `<p>LinkID: <b>${escapeHtml(page.linkId)}</b></p>`,
      `<p>잔여 파트너 포인트: <b id="remain-point">${partner?.partnerPoint ?? 0}</b></p>`,
      `<p>만료: ${page.expiresAt.toISOString()}</p>`,
      "</body></html>",
    ].join("\n"),
  );
}

function baseUrl(request: SandboxRequest): string {
  const host = request.headers.get("host");
  return host ? `http://${host}` : "";
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
