import "./enums.js";
import { BulkReceiptResolver, BulkResolver } from "./bulk.resolver.js";
import { CashbillResolver } from "./cashbill.resolver.js";

export type { CashbillContext, CashbillLoaders, InfoKey } from "./context.js";
export { createCashbillLoaders } from "./loaders.js";
export { BulkReceiptResolver, BulkResolver, CashbillResolver };

/** Resolver classes the gateway registers. */
export const cashbillResolvers = [CashbillResolver, BulkResolver, BulkReceiptResolver] as const;
