export { validateBulk } from "./bulk.js";
export { collectCashbillProblems, validateCashbill } from "./cashbill.js";
export { SELF_ISSUE_IDENTITY_NUM, identityNumProblem } from "./identity-num.js";
export { validateRevoke } from "./revoke.js";
export {
  CASHBILL_LIMITS,
  TEXT_LIMITS,
  type ValidationContext,
  isIsoDate,
  parseIsoInstant,
} from "./rules.js";
export { MAX_PER_PAGE, validateSearch } from "./search.js";
export { TRADE_AT_SKEW_MS } from "./trade-at.js";
