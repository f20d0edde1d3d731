import { type Clock, systemClock } from "@korbill/core-domain";
import { type PopbillTransport } from "@korbill/core-upstream";
import { accountCheckCalls } from "./account-check.js";
import type { AnonymousPopbill } from "./anonymous.js";
import { balanceCalls } from "./balance.js";
import { memberAccountCalls } from "./member-account.js";
import { memberCalls } from "./members.js";
import { paymentCalls } from "./payments.js";

export {
  type AnonymousPopbill,
  type AnonymousPopbillOptions,
  type AnonymousRequest,
  createAnonymousPopbill,
  linkhubStringify,
} from "./anonymous.js";
export { type PartnerTogo } from "./balance.js";
export { POPBILL_TOGOS, type PopbillTogo } from "./member-account.js";
export {
  type HistoryQuery,
  type PageQuery,
  type UseHistoryQuery,
  paymentHistoryPath,
  refundHistoryPath,
  useHistoryPath,
} from "./history-paths.js";
export { type ExpiringUrl, URL_LIFETIME_MS } from "./request.js";
export {
  ACCOUNT_CHECK_SCOPES,
  ACCOUNT_CHECK_SERVICE_TYPE,
  CASHBILL_SCOPES,
  HOMETAX_CASHBILL_SCOPES,
  HOMETAX_TAXINVOICE_SCOPES,
  POINTS_SCOPES,
  SERVICE_SPECS,
  type ServiceSpec,
  hasUnitCost,
} from "./services.js";

/** `{remainPoint}` as the auth host sends it (popbill.md §1.7). */
export type { WireRemainPoint as RemainPointReply } from "../wire.js";

/** Dependencies of {@link createPointsClient}; only `popbill` is required. */
export interface PointsClientDeps {
  popbill: PopbillTransport;
  /** Stamps URL expiries; the system clock by default. */
  clock?: Clock;
  /** Token-less caller for CheckIsMember, CheckID and JoinMember. */
  anonymous?: AnonymousPopbill;
  /** The partner's LinkID (CheckIsMember `LID=`, JoinForm `LinkID`). */
  linkId?: string;
}

/**
 * Typed POPBiLL points, account-check and member calls in the upstream's own terms, no
 * GraphQL. Usable from a script: `createPointsClient({ popbill }).getBalance("1234567890")`.
 * Business validation lives in `validate/`; the client only refuses what the official SDK
 * refuses locally (and malformed path segments).
 */
export function createPointsClient(deps: PointsClientDeps) {
  const ctx = { popbill: deps.popbill, clock: deps.clock ?? systemClock };
  return {
    ...balanceCalls(ctx),
    ...paymentCalls(ctx),
    ...accountCheckCalls(ctx),
    ...memberCalls(ctx, deps),
    ...memberAccountCalls(ctx),
  };
}

/** The points client's type. */
export type PointsClient = ReturnType<typeof createPointsClient>;
