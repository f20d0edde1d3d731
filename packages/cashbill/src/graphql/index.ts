import "./enums.js";
import { CashbillAfterIssueResolver } from "./after-issue.resolver.js";
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
  CashbillAfterIssueResolver,
  CashbillFilingTimeResolver,
  CashbillResolver,
};

/** Resolver classes the gateway registers. */
export const cashbillResolvers = [
  CashbillResolver,
  CashbillAfterIssueResolver,
  BulkResolver,
  BulkReceiptResolver,
  CashbillFilingTimeResolver,
  BulkReceiptFilingTimeResolver,
  BulkHistoryResolver,
] as const;
