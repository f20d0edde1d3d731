import "./enums.js";
import { BillingKeyResolver } from "./billing-key.resolver.js";
import { PaymentResolver } from "./payment.resolver.js";
import { ScheduleResolver } from "./schedule.resolver.js";

export { type BillingContext, ownerFor } from "./context.js";
export { BillingKey, BillingKeyPage } from "./billing-key.type.js";
export { CardInput, CustomerInput } from "./card.input.js";
export { PaymentEventType, PaymentStatus, ScheduleStatus, ScheduleStatusFilter } from "./enums.js";
export { PaymentEvent } from "./payment-event.type.js";
export { Payment, PaymentPage } from "./payment.type.js";
export { ScheduleInput } from "./schedule.input.js";
export { PaymentSchedule, PaymentSchedulePage } from "./schedule.type.js";
export { BillingKeyResolver, PaymentResolver, ScheduleResolver };

/** Resolver classes the gateway registers. */
export const billingResolvers = [BillingKeyResolver, PaymentResolver, ScheduleResolver] as const;
