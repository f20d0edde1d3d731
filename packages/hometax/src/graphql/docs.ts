import { CORP_NUM_ARG } from "@korbill/core-tenancy/graphql";
/**
 * Schema prose shared by several fields: how HomeTax authentication works, in POPBiLL's terms,
 * for the frontend engineers who read the schema.
 */

/** The two ways POPBiLL logs in to HomeTax, and the trade-off. */
export const AUTH_METHODS_DOC =
  "POPBiLL crawls HomeTax (the National Tax Service's site) by logging in on the member's behalf, " +
  "so one of two logins must be registered; check each service (`hometaxAuth(service:)`), since " +
  "department users are separate for cash receipts and tax invoices. " +
  "DEPT_USER — a HomeTax department user (부서사용자), recommended: free to create in HomeTax " +
  "(My HomeTax > 부서사용자 관리, with inquiry rights for the service), read-only (safer), " +
  "semi-permanent (no yearly renewal), and several logins may be active at once. " +
  "Register it with `registerHometaxDeptUser`. " +
  "CERTIFICATE — a joint certificate (공동인증서) that is also registered in HomeTax, uploaded on " +
  "POPBiLL's page (`hometaxCertificatePopupUrl`): it costs money, must be renewed and registered " +
  "again every year, and allows one login at a time (a second login disconnects the first). " +
  "If neither is registered, POPBiLL refuses with 'The information of HomeTax Authentication " +
  "does not exist' (UPSTREAM_ERROR, upstreamCode -11100025); if the department user's ID or " +
  "password is wrong, with 'Failed login HomeTax' (UPSTREAM_ERROR, upstreamCode -11100001). " +
  "`hometaxReadiness` tells you which case you are in.";

/** The `corpNum` argument (shared by every package; see core-tenancy). */
export const corpNumArg = CORP_NUM_ARG;

/** The `service` argument. */
export const serviceArgDoc =
  "Which crawl: CASHBILL (cash receipts) or TAXINVOICE (tax invoices). Each has its own logins and jobs.";

/** The `jobId` argument. */
export const jobIdArgDoc =
  "The 18-digit JobID `requestHometaxJob` returned. A job belongs to the member that requested it and is served for one hour.";
