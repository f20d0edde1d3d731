import { type RouteHandler, type Router } from "../http/router.js";
import { chargeInfo, flatRateState, popupUrl } from "./account.route.js";
import { jobList, jobState, requestJob } from "./job.route.js";
import {
  certCheck,
  certInfo,
  checkDeptUser,
  checkLoginDeptUser,
  deleteDeptUser,
  registDeptUser,
} from "./login.route.js";
import { addHometaxPageRoutes } from "./page.route.js";
import {
  searchCashbills,
  searchTaxinvoices,
  summarizeCashbills,
  summarizeTaxinvoices,
} from "./search.route.js";
import { type HometaxState } from "./state.js";
import {
  addTaxinvoicePageRoutes,
  taxinvoiceOrSearch,
  taxinvoicePageUrl,
} from "./taxinvoice-docs.route.js";
import { HOMETAX_SERVICES } from "./types.js";

/**
 * Adds the HomeTax-crawl routes of the POPBiLL API host (popbill.md §3c) under
 * `/HomeTax/Cashbill` (scope 141) and `/HomeTax/Taxinvoice` (scope 111), plus the popup pages
 * under `/__pages/hometax/`. Literal paths come before `/{JobID}` and `/{SELL|BUY|TRUSTEE}`,
 * which would match them too. Nothing here clashes with the cash-receipt routes.
 */
export function addHometaxRoutes(router: Router, state: HometaxState): Router {
  for (const service of HOMETAX_SERVICES) {
    const add = (method: string, path: string, handler: RouteHandler, override?: string) =>
      router.add({ method, path: `/HomeTax/${service}${path}`, handler, override });
    add("GET", "", popupUrl(state, service));
    add("GET", "/CertInfo", certInfo(state, service));
    add("GET", "/CertCheck", certCheck(state, service));
    add("POST", "/DeptUser", registDeptUser(state, service));
    add("POST", "/DeptUser", deleteDeptUser(state, service), "DELETE");
    add("GET", "/DeptUser", checkDeptUser(state, service));
    add("GET", "/DeptUser/Check", checkLoginDeptUser(state, service));
    add("GET", "/JobList", jobList(state, service));
    add("GET", "/Contract", flatRateState(state, service));
    add("GET", "/ChargeInfo", chargeInfo(state, service));
    add("GET", "/:jobId/State", jobState(state, service));
    const cash = service === "Cashbill";
    add("GET", "/:jobId/Summary", cash ? summarizeCashbills(state) : summarizeTaxinvoices(state));
    if (!cash) {
      add("GET", "/:ntsConfirmNum/PopUp", taxinvoicePageUrl("PopUp"));
      add("GET", "/:ntsConfirmNum/Print", taxinvoicePageUrl("Print"));
    }
    // a 24-digit segment is an NTS confirm number (detail, XML), an 18-digit one a JobID
    add(
      "GET",
      "/:jobId",
      cash ? searchCashbills(state) : taxinvoiceOrSearch(searchTaxinvoices(state)),
    );
    add("POST", "/:queryType", requestJob(state, service));
  }
  addTaxinvoicePageRoutes(router);
  return addHometaxPageRoutes(router, state);
}
