export {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  PointsSortOrder,
  RefundStatus,
  enumValues,
  isEnumValue,
} from "../enums.js";
export {
  CONTACT_ROLE_WIRE,
  IDENTITY_TYPE_WIRE,
  SORT_ORDER_WIRE,
  accountCheckOutcomeOf,
  codeOf,
  contactRoleOf,
  identityTypeOf,
  paymentStatusOf,
  pointsItemOf,
  refundStatusOf,
} from "./codes.js";
export {
  text,
  toChargeInfo,
  toPage,
  toPayment,
  toRefund,
  toUseEntry,
  wholePoints,
  wireInt,
  wireNumber,
} from "./from-wire.js";
export {
  checkTimeToIso,
  toAccountHolder,
  toAccountVerification,
  toContact,
  toCorpInfoView,
  toIdCheck,
  toMemberCheck,
  toResult,
} from "./member-views.js";
export type * from "./inputs.js";
export {
  isoDateToWire,
  stripDashes,
  toAccountArgs,
  toContactForm,
  toCorpInfo,
  toHistoryQuery,
  toJoinForm,
  toPageQuery,
  toPaymentForm,
  toRefundForm,
  toUseHistoryQuery,
  toVerificationArgs,
} from "./to-wire.js";
export type * from "./views.js";
