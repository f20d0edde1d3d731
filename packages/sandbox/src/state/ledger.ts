import { type MemberRecord, type MemberUser } from "./types.js";

/** [INF] `UseHistory.txType` values are undocumented; the sandbox writes 2 for "used". */
export const TX_TYPE_USE = 2;

/** One line of a member's point use history (popbill.md §3a `UseHistory`). */
export interface UseHistoryEntry {
  /** Service code (§1.5), e.g. 140 for cash receipts. */
  readonly itemCode: number;
  /** Kind of change; see {@link TX_TYPE_USE}. */
  readonly txType: number;
  /** Points moved, as a string (the SDKs type it as string). */
  readonly txPoint: string;
  /** Balance after the change, as a string. */
  readonly balance: string;
  /** KST `yyyyMMddHHmmss`. */
  readonly txDT: string;
  /** The acting user's id. */
  readonly userID: string;
  /** The acting user's name. */
  readonly userName: string;
}

/** What {@link PointLedger.spend} needs to know about the spending. */
export interface Spending {
  /** Service code written as `itemCode`. */
  readonly itemCode: number;
  /** Points to spend (whole, >= 0). */
  readonly points: number;
  /** Who spends them. */
  readonly user: MemberUser;
  /** KST `yyyyMMddHHmmss` of the spending. */
  readonly txDT: string;
}

/**
 * Members' point use histories. Spending takes bonus points first, then charged points
 * ([INF] the real order is undocumented), and records one {@link UseHistoryEntry}.
 */
export class PointLedger {
  readonly #history = new Map<string, UseHistoryEntry[]>();

  /**
   * Spends points of `member` and records the entry; returns `undefined` (and changes
   * nothing) when the balance is short.
   */
  spend(member: MemberRecord, spending: Spending): UseHistoryEntry | undefined {
    const { points } = spending;
    if (member.bonusPoint + member.chargePoint < points) return undefined;
    const fromBonus = Math.min(member.bonusPoint, points);
    member.bonusPoint -= fromBonus;
    member.chargePoint -= points - fromBonus;
    const entry: UseHistoryEntry = {
      itemCode: spending.itemCode,
      txType: TX_TYPE_USE,
      txPoint: String(points),
      balance: String(member.bonusPoint + member.chargePoint),
      txDT: spending.txDT,
      userID: spending.user.userId,
      userName: spending.user.userName,
    };
    const list = this.#history.get(member.corpNum) ?? [];
    list.push(entry);
    this.#history.set(member.corpNum, list);
    return entry;
  }

  /** The member's entries, oldest first. */
  history(corpNum: string): readonly UseHistoryEntry[] {
    return this.#history.get(corpNum) ?? [];
  }
}
