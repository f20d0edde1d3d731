import { type SandboxSettings } from "../env.js";
import { kstDateTime } from "../kst.js";
import { type SandboxState } from "../state/state.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";
import { checkWithinRemaining, findOriginal, subtractCancel } from "./cancel.js";
import { CASHBILL_CODES as C, refuse } from "./codes.js";
import { type NtsFiling } from "./filing.js";
import { type CashbillInput, type CashbillRecord } from "./types.js";

/** Service code of cash receipts (scope and UseHistory `itemCode`). */
const CASHBILL_ITEM_CODE = 140;

/** Who issues, and when. */
export interface IssueContext {
  readonly member: MemberRecord;
  readonly user: MemberUser;
  /** Sandbox epoch ms of the issuance. */
  readonly nowMs: number;
}

/** What the {@link Issuer} needs. */
export interface IssuerDeps {
  readonly state: SandboxState;
  readonly settings: SandboxSettings;
  readonly filing: NtsFiling;
}

/**
 * Issues one validated receipt — shared by registIssue, revokeRegistIssue and each bulk
 * receipt: refuses a used mgtKey (`-14001019`), checks a cancel against its original,
 * spends the unit cost (`-99003008` when short), stores the receipt (state 300, new
 * confirmNum) and schedules its NTS filing.
 */
export class Issuer {
  readonly #deps: IssuerDeps;

  /** Creates the issuer. */
  constructor(deps: IssuerDeps) {
    this.#deps = deps;
  }

  /** Refuses a mgtKey the member already used. */
  ensureUnused(corpNum: string, mgtKey: string): void {
    if (this.#deps.state.cashbills.get(corpNum, mgtKey)) {
      throw refuse(C.mgtKeyInUse, `이미 사용중인 문서번호입니다. (mgtKey ${mgtKey})`);
    }
  }

  /** Issues `input` for `ctx.member`; throws the refusal, changing nothing, when it cannot. */
  issue(ctx: IssueContext, input: CashbillInput, submitId?: string): CashbillRecord {
    const { state, settings, filing } = this.#deps;
    const { member, user, nowMs } = ctx;
    this.ensureUnused(member.corpNum, input.mgtKey);
    const original =
      input.tradeType === "취소거래"
        ? findOriginal(
            state.cashbills,
            member.corpNum,
            input.orgConfirmNum ?? "",
            input.orgTradeDate ?? "",
          )
        : undefined;
    if (original) checkWithinRemaining(original, input);
    const now = kstDateTime(nowMs);
    const spent = state.spendPoints(member, {
      itemCode: CASHBILL_ITEM_CODE,
      points: settings.cashbillUnitCost,
      user,
      txDT: now,
    });
    if (!spent) throw refuse(C.pointsShort, "포인트가 부족합니다.");
    const record = this.#record(ctx, input, now, submitId);
    state.cashbills.add(record);
    if (original) subtractCancel(original, input);
    filing.schedule(record);
    return record;
  }

  #record(ctx: IssueContext, input: CashbillInput, now: string, submitId?: string): CashbillRecord {
    const { cashbills } = this.#deps.state;
    const seq = cashbills.nextSeq();
    const tradeDT = input.tradeDT ?? now;
    return {
      seq,
      corpNum: ctx.member.corpNum,
      linkId: ctx.member.linkId,
      itemKey: cashbills.itemKeyFor(seq, ctx.nowMs),
      confirmNum: cashbills.confirmNumFor(seq),
      input,
      tradeDT,
      tradeDate: tradeDT.slice(0, 8),
      issueDT: now,
      regDT: now,
      issuedMs: ctx.nowMs,
      submitId,
      stateCode: 300,
      stateDT: now,
      ntssendDT: null,
      ntsresult: null,
      ntsresultDT: null,
      ntsresultCode: null,
      ntsresultMessage: null,
      remaining: {
        supplyCost: input.supplyCost,
        tax: input.tax,
        serviceFee: input.serviceFee,
        totalAmount: input.totalAmount,
      },
    };
  }
}
