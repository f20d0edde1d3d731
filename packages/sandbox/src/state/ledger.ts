import { refill } from "../persist/maps.js";
import { type MemberRecord, type MemberUser, type PointAccount } from "./types.js";

/**
 * `UseHistory.txType` values (포인트 증감 유형). [INF] POPBiLL documents no value domain;
 * these are the sandbox's: 1 충전 (a confirmed deposit), 2 사용, 3 환불 (a refund request
 * takes the points out), 4 환불취소 (a cancelled refund gives them back).
 */
export const TX_TYPE = { charge: 1, use: 2, refund: 3, refundCancel: 4 } as const;

/** [INF] `itemCode` of movements that belong to no service (deposits and refunds). */
export const NO_SERVICE_ITEM_CODE = 0;

/** One line of a point use history (popbill.md §3a `UseHistory`). */
export interface UseHistoryEntry {
  /** Service code (§1.5), e.g. 140 for cash receipts; {@link NO_SERVICE_ITEM_CODE} otherwise. */
  readonly itemCode: number;
  /** Kind of change; see {@link TX_TYPE}. */
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

/** A movement that is not spending: a credit or a refund debit. */
export interface Movement {
  /** One of {@link TX_TYPE}. */
  readonly txType: number;
  /** Points moved (whole, > 0). */
  readonly points: number;
  /** Who caused it. */
  readonly user: MemberUser;
  /** KST `yyyyMMddHHmmss`. */
  readonly txDT: string;
}

/** The ledger key of a partner's own points (member ledgers are keyed by CorpNum). */
export function partnerLedgerKey(linkId: string): string {
  return `partner:${linkId}`;
}

/** Charged plus bonus points. */
export function totalPoints(account: PointAccount): number {
  return account.chargePoint + account.bonusPoint;
}

/**
 * The point ledgers of members (keyed by CorpNum) and partners ({@link partnerLedgerKey}).
 * Balances live on the accounts themselves (so tests may set them); the ledger moves them
 * and writes one {@link UseHistoryEntry} per movement. Spending takes bonus points first,
 * then charged points ([INF] the real order is undocumented); refunds take charged points only.
 */
export class PointLedger {
  readonly #history = new Map<string, UseHistoryEntry[]>();

  /**
   * Spends points of `member` and records the entry; returns `undefined` (and changes
   * nothing) when the balance is short.
   */
  spend(member: MemberRecord, spending: Spending): UseHistoryEntry | undefined {
    return this.spendFrom(member.corpNum, member, spending);
  }

  /** Spends points of any account under `key`; `undefined` (nothing changed) when short. */
  spendFrom(key: string, account: PointAccount, spending: Spending): UseHistoryEntry | undefined {
    const { points } = spending;
    if (totalPoints(account) < points) return undefined;
    const fromBonus = Math.min(account.bonusPoint, points);
    account.bonusPoint -= fromBonus;
    account.chargePoint -= points - fromBonus;
    return this.#record(key, account, { ...spending, txType: TX_TYPE.use });
  }

  /** Adds charged points (a confirmed deposit, a cancelled refund) and records the entry. */
  credit(key: string, account: PointAccount, movement: Movement): UseHistoryEntry {
    account.chargePoint += movement.points;
    return this.#record(key, account, { ...movement, itemCode: NO_SERVICE_ITEM_CODE });
  }

  /** Takes charged points out (a refund); `undefined` (nothing changed) when short. */
  debitCharged(
    key: string,
    account: PointAccount,
    movement: Movement,
  ): UseHistoryEntry | undefined {
    if (account.chargePoint < movement.points) return undefined;
    account.chargePoint -= movement.points;
    return this.#record(key, account, { ...movement, itemCode: NO_SERVICE_ITEM_CODE });
  }

  /** The entries under `key` (a CorpNum or {@link partnerLedgerKey}), oldest first. */
  history(key: string): readonly UseHistoryEntry[] {
    return this.#history.get(key) ?? [];
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump(): { history: Map<string, UseHistoryEntry[]> } {
    return { history: this.#history };
  }

  load(data: ReturnType<PointLedger["dump"]>): void {
    refill(this.#history, data.history);
  }

  #record(key: string, account: PointAccount, movement: Spending & Movement): UseHistoryEntry {
    const entry: UseHistoryEntry = {
      itemCode: movement.itemCode,
      txType: movement.txType,
      txPoint: String(movement.points),
      balance: String(totalPoints(account)),
      txDT: movement.txDT,
      userID: movement.user.userId,
      userName: movement.user.userName,
    };
    const list = this.#history.get(key) ?? [];
    list.push(entry);
    this.#history.set(key, list);
    return entry;
  }
}
