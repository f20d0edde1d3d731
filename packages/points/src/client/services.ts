/**
 * The POPBiLL services whose price a member can ask for, with each one's own token scopes and
 * paths (popbill.md §1.5, §3a; popbill@1.64.2 CashbillService.js, HTCashbillService.js,
 * HTTaxinvoiceService.js, AccountCheckService.js). Plain TypeScript, no GraphQL.
 */
import { PointsService } from "../enums.js";

/** Cash-receipt scopes. */
export const CASHBILL_SCOPES = ["member", "140"] as const;
/**
 * Scopes of the token for the member and points calls (balances, charge URLs, payments,
 * refunds, histories, company and contacts). The SDK has these as methods of BaseService,
 * which no one instantiates: they are called on a service object whose token carries that
 * service's code too — popbill@1.64.2 BaseService.js:70 `this._scopes = ['member']`, then
 * CashbillService.js:9 `this._scopes.push('140')`, and `_getToken` sends `this._scopes` for
 * every call of the object (popbill.md §1.5). No SDK ever asks for `member` alone, so korbill
 * makes these calls as the cash-receipt service (its main service) does, sharing its token.
 */
export const POINTS_SCOPES = CASHBILL_SCOPES;
/** HomeTax cash-receipt crawl scopes. */
export const HOMETAX_CASHBILL_SCOPES = ["member", "141"] as const;
/** HomeTax tax-invoice crawl scopes. */
export const HOMETAX_TAXINVOICE_SCOPES = ["member", "111"] as const;
/** Account-holder check scopes (both kinds share one token, as AccountCheckService does). */
export const ACCOUNT_CHECK_SCOPES = ["member", "182", "183"] as const;

/** The SDK's `serviceType` query value, percent-encoded as UTF-8 like `encodeURIComponent`. */
export const ACCOUNT_CHECK_SERVICE_TYPE = {
  name: encodeURIComponent("성명"),
  realName: encodeURIComponent("실명"),
} as const;

/** Where one service's price lives upstream. */
export interface ServiceSpec {
  scopes: readonly string[];
  /** GetUnitCost path, or null when the service has none (HomeTax crawls are flat-rate). */
  unitCostPath: string | null;
  /** Whether GetUnitCost carries the user id (CashbillService.getUnitCost never sends one). */
  unitCostSendsUserId: boolean;
  chargeInfoPath: string;
}

const accountCheck = (serviceType: string): ServiceSpec => ({
  scopes: ACCOUNT_CHECK_SCOPES,
  unitCostPath: `/EasyFin/AccountCheck/UnitCost?serviceType=${serviceType}`,
  unitCostSendsUserId: true,
  chargeInfoPath: `/EasyFin/AccountCheck/ChargeInfo?serviceType=${serviceType}`,
});

/** Every priced service. */
export const SERVICE_SPECS: Readonly<Record<PointsService, ServiceSpec>> = {
  [PointsService.CASHBILL]: {
    scopes: CASHBILL_SCOPES,
    unitCostPath: "/Cashbill?cfg=UNITCOST",
    unitCostSendsUserId: false,
    chargeInfoPath: "/Cashbill/ChargeInfo",
  },
  [PointsService.HOMETAX_CASHBILL]: {
    scopes: HOMETAX_CASHBILL_SCOPES,
    unitCostPath: null,
    unitCostSendsUserId: false,
    chargeInfoPath: "/HomeTax/Cashbill/ChargeInfo",
  },
  [PointsService.HOMETAX_TAXINVOICE]: {
    scopes: HOMETAX_TAXINVOICE_SCOPES,
    unitCostPath: null,
    unitCostSendsUserId: false,
    chargeInfoPath: "/HomeTax/Taxinvoice/ChargeInfo",
  },
  [PointsService.ACCOUNT_CHECK_NAME]: accountCheck(ACCOUNT_CHECK_SERVICE_TYPE.name),
  [PointsService.ACCOUNT_CHECK_REAL_NAME]: accountCheck(ACCOUNT_CHECK_SERVICE_TYPE.realName),
};

/** True for services with a per-use unit cost. */
export function hasUnitCost(service: PointsService): boolean {
  return Boolean(SERVICE_SPECS[service]?.unitCostPath);
}
