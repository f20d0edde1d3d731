import type { HometaxCommonCalls } from "../client/common.js";
import { isHometaxRefusal } from "../client/errors.js";
import { FLAT_RATE_STATE_IN_USE } from "../map/documents.js";
import type { UpstreamProblem } from "./auth-status.js";

/** Whether the member's flat-rate (정액제) contract lets crawling run. */
export interface FlatRateCheck {
  active: boolean;
  problem: UpstreamProblem | null;
}

/**
 * GetFlatRateState (`GET /HomeTax/{svc}/Contract`, popbill@1.64.2 HTCashbillService.js /
 * HTTaxinvoiceService.js:344) as a readiness fact: active when in use and not restricted
 * [INF: state 1 = in use]; a -111 refusal (no contract) is a fact, not an error; outages and
 * korbill's own token trouble are rethrown.
 */
export async function flatRateCheck(
  calls: HometaxCommonCalls,
  corpNum: string,
  userId?: string,
): Promise<FlatRateCheck> {
  try {
    const reply = await calls.getFlatRateState(corpNum, userId);
    const active = Number(reply?.state) === FLAT_RATE_STATE_IN_USE && reply?.useRestrictYN !== true;
    const problem = active
      ? null
      : {
          code: null,
          message:
            reply?.useRestrictYN === true ? "use restricted" : `state ${reply?.state ?? "none"}`,
        };
    return { active, problem };
  } catch (error) {
    if (isHometaxRefusal(error))
      return { active: false, problem: { code: error.code ?? null, message: error.message } };
    throw error;
  }
}
