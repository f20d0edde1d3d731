export {
  BulkState,
  CancelType,
  CashbillDateType,
  CashbillEventType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
  enumValues,
  isEnumValue,
} from "../enums.js";
export {
  SEARCH_CODES,
  STATE_SEARCH_CODE,
  TAXATION_TYPE_WIRE,
  TRADE_OPTION_WIRE,
  TRADE_TYPE_WIRE,
  TRADE_USAGE_WIRE,
  stateCodeOf,
  stateFromCode,
  taxationTypeFromWire,
  tradeOptionFromWire,
  tradeTypeFromWire,
  tradeUsageFromWire,
} from "./codes.js";
export type {
  CashbillFields,
  CashbillSearchFields,
  PartialCancelFields,
  RevokeCashbillFields,
} from "./inputs.js";
export type * from "./views.js";
export {
  SEARCH_DEFAULTS,
  stripDashes,
  toSearchQuery,
  toWireCashbill,
  toWireRevoke,
} from "./to-wire.js";
export {
  toCashbillView,
  toChargeInfo,
  toIssueResult,
  toSearchResult,
  toUnitCost,
} from "./from-wire.js";
export { isoDateToWire, isoToKstCompact, wireDateToIso, wireTimeToIso } from "./time.js";
