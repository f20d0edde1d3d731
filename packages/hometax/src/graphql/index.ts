import "./enums.js";
import { HometaxAuthResolver } from "./auth.resolver.js";
import { HometaxDocumentsResolver } from "./documents.resolver.js";
import { HometaxJobResolver } from "./job.resolver.js";
import { HometaxResultResolver } from "./result.resolver.js";

export type { HometaxContext } from "./context.js";
export { HometaxAuth, HometaxLoginCheck, HometaxPopupUrl, HometaxReadiness } from "./auth.type.js";
export {
  HometaxFlatRate,
  HometaxTaxinvoiceDetail,
  HometaxTaxinvoiceItem,
} from "./documents.type.js";
export { HometaxJobEvent } from "./event.type.js";
export { HometaxJobRequestInput } from "./job.input.js";
export { HometaxJob } from "./job.type.js";
export { HometaxCashbillFilter, HometaxTaxinvoiceFilter } from "./result.input.js";
export {
  HometaxCashbill,
  HometaxCashbillPage,
  HometaxCashbillSummary,
  HometaxTaxinvoice,
  HometaxTaxinvoicePage,
  HometaxTaxinvoiceParty,
  HometaxTaxinvoiceSummary,
} from "./result.type.js";
export { AUTH_METHODS_DOC } from "./docs.js";
export { HometaxAuthResolver, HometaxDocumentsResolver, HometaxJobResolver, HometaxResultResolver };

/** Resolver classes the gateway registers. */
export const hometaxResolvers = [
  HometaxAuthResolver,
  HometaxJobResolver,
  HometaxResultResolver,
  HometaxDocumentsResolver,
] as const;
