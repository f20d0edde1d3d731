import { json } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler } from "../http/router.js";
import { DAY_MS, addKstMonths, kstDate, kstStartOfDay } from "../kst.js";
import { hometaxCaller } from "./caller.js";
import { badParameter, flatRateMissing } from "./codes.js";
import { hometaxPageUrl } from "./page.route.js";
import { type HometaxState } from "./state.js";
import { type HometaxService } from "./types.js";

/** [INF] ChargeInfo of the crawl services: a monthly flat rate; the values are undocumented. */
const HOMETAX_CHARGE_INFO = {
  unitCost: "33000",
  chargeMethod: "정액제",
  rateSystem: "분담제",
} as const;

/**
 * `GET /HomeTax/{svc}?TG=CERT|CHRG`: `{url}` of a sandbox page (certificate registration or
 * the flat-rate subscription), valid for 30 s of sandbox time.
 */
export function popupUrl(_state: HometaxState, service: HometaxService): RouteHandler {
  return (request: SandboxRequest) => {
    const { member, token } = hometaxCaller(request, service);
    const target = request.query.get("TG") ?? "";
    if (target !== "CERT" && target !== "CHRG")
      throw badParameter(`TG must be CERT or CHRG, got "${target}"`);
    const { clock, settings, state } = request.env;
    const page = state.pages.create({
      kind: `HomeTax/${service}/${target}`,
      linkId: token.linkId,
      corpNum: member.corpNum,
      expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
    });
    return json({ url: hometaxPageUrl(request, page.id) });
  };
}

/**
 * `GET /Contract`: FlatRateState (popbill@1.64.2 HTTaxinvoiceService.js:344,
 * HTCashbillService.js getFlatRateState; fields per popbill.md §3c). [INF] A member holds a
 * running monthly contract that started on the first of the current KST month and ends with
 * it (renewed automatically), unless a test took it away: then 404 -11100030 [INF].
 */
export function flatRateState(state: HometaxState, service: HometaxService): RouteHandler {
  return (request) => {
    const { member } = hometaxCaller(request, service);
    if (!state.hasFlatRate(member.corpNum, service)) throw flatRateMissing(service);
    const today = kstStartOfDay(request.receivedAt.getTime());
    const monthStart = today - (Number(kstDate(today).slice(6)) - 1) * DAY_MS;
    return json({
      referenceID: member.corpNum,
      contractDT: `${kstDate(monthStart)}000000`,
      baseDate: 1,
      useEndDate: kstDate(addKstMonths(monthStart, 1) - DAY_MS),
      state: 1,
      closeRequestYN: false,
      useRestrictYN: false,
      closeOnExpired: false,
      unPaidYN: false,
    });
  };
}

/** `GET /ChargeInfo`: `{unitCost, chargeMethod, rateSystem}`, strings. */
export function chargeInfo(_state: HometaxState, service: HometaxService): RouteHandler {
  return (request) => {
    hometaxCaller(request, service);
    return json(HOMETAX_CHARGE_INFO);
  };
}
