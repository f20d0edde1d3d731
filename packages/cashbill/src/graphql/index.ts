import "./enums.js";
import { BulkReceiptResolver, BulkResolver } from "./bulk.resolver.js";
import { CashbillResolver } from "./cashbill.resolver.js";
import { BulkHistoryResolver } from "./history.resolver.js";
import { BulkReceiptFilingTimeResolver, CashbillFilingTimeResolver } from "./filing-time.js";

export type { CashbillContext, CashbillLoaders, InfoKey } from "./context.js";
export { createCashbillLoaders } from "./loaders.js";
export {
  BulkReceiptFilingTimeResolver,
  BulkHistoryResolver,
  BulkReceiptResolver,
  BulkResolver,
  CashbillFilingTimeResolver,
  CashbillResolver,
};

/** Resolver classes the gateway registers. */
export const cashbillResolvers = [
  CashbillResolver,
  BulkResolver,
  BulkReceiptResolver,
  CashbillFilingTimeResolver,
  BulkReceiptFilingTimeResolver,
  BulkHistoryResolver,
] as const;
