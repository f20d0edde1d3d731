import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { MEMBER_PAGE_TITLES, pageUrl } from "../pages/page.route.js";
import { authorizeMemberCall } from "./points.route.js";

/**
 * `GET /Member?TG=LOGIN|CHRG|PAYMENT|USEHISTORY` (getAccessURL / getChargeURL / getPaymentURL /
 * getUseHistoryURL, or getPopbillURL with that TOGO; popbill@1.64.2 BaseService.js:179-230): `{url}` of a sandbox page of the member, valid 30 s of sandbox time.
 * Needs scope `member` and a service code, as every service object's token has.
 */
export function handleMemberUrl(request: SandboxRequest): SandboxReply {
  const { member, token } = authorizeMemberCall(request);
  const target = request.query.get("TG") ?? "";
  const kind = `Member/${target}`;
  if (MEMBER_PAGE_TITLES[kind] === undefined) {
    // [INF] status and code for an unsupported TG are undocumented
    throw new SandboxHttpError(
      400,
      SANDBOX_CODES.invalidRequest,
      `TG must be LOGIN, CHRG, PAYMENT or USEHISTORY, got "${target}"`,
    );
  }
  const { clock, settings, state } = request.env;
  const page = state.pages.create({
    kind,
    linkId: token.linkId,
    corpNum: member.corpNum,
    expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
  });
  return json({ url: pageUrl(request, page) });
}
