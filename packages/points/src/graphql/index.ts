import "./enums.js";
import { AccountCheckResolver } from "./account-check.resolver.js";
import { PointsLedgerResolver } from "./ledger.resolver.js";
import { MemberAccountResolver } from "./member-account.resolver.js";
import { MembersResolver } from "./members.resolver.js";
import { PointsPaymentsResolver } from "./payments.resolver.js";
import { PointsResolver } from "./points.resolver.js";
import { PointsUrlResolver } from "./urls.resolver.js";

export {
  AccountHolderCheck,
  AccountHolderCheckInput,
  AccountHolderVerification,
  AccountHolderVerificationInput,
} from "./account-check.type.js";
export { PointsChargeInfo, PointsPageUrl } from "./charge.type.js";
export type { PointsContext } from "./context.js";
export {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  PointsSortOrder,
  RefundStatus,
} from "./enums.js";
export {
  PointsPayment,
  PointsPaymentPage,
  PointsRefund,
  PointsRefundPage,
  PointsUseEntry,
  PointsUsePage,
} from "./history.type.js";
export {
  JoinPopbillMemberInput,
  MemberContactInput,
  MemberCorpInfoInput,
  NewMemberContactInput,
} from "./member.input.js";
export {
  MemberContact,
  MemberCorpInfo,
  MemberOperationResult,
  PopbillIdCheck,
  PopbillMemberCheck,
} from "./member.type.js";
export {
  DateRangeArgs,
  PagingArgs,
  PointsPaymentInput,
  PointsPaymentRequest,
  PointsRefundInput,
  PointsRefundRequest,
  UseHistoryArgs,
} from "./payment.input.js";
export { PointsEvent, PointsEventType } from "./points-event.type.js";
export { PointsView } from "./points.type.js";
export { PopbillPage } from "./member-account.resolver.js";
export {
  AccountCheckResolver,
  MemberAccountResolver,
  MembersResolver,
  PointsLedgerResolver,
  PointsPaymentsResolver,
  PointsResolver,
  PointsUrlResolver,
};

/** Resolver classes the gateway registers. */
export const pointsResolvers = [
  PointsResolver,
  PointsLedgerResolver,
  PointsUrlResolver,
  PointsPaymentsResolver,
  AccountCheckResolver,
  MembersResolver,
  MemberAccountResolver,
] as const;
