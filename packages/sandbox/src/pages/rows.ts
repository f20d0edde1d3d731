import { type SandboxEnv } from "../env.js";
import { type MemberRecord } from "../state/types.js";

/** Rows shown per page. */
const MAX_ROWS = 20;

/**
 * Table rows of a member page, newest first: the payment page lists bank-transfer charges,
 * the use-history page point movements (a header row first; none for other pages).
 */
export function pageRows(env: SandboxEnv, kind: string, member: MemberRecord): string[][] {
  if (kind === "Member/PAYMENT") {
    const list = env.state.points.settlements(member.corpNum).slice(-MAX_ROWS).reverse();
    return [
      ["settleCode", "settleCost", "settlePoint", "settleState", "regDT"],
      ...list.map((s) => [
        s.settleCode,
        String(s.settleCost),
        String(s.settlePoint),
        String(s.settleState),
        s.regDT,
      ]),
    ];
  }
  if (kind === "Member/USEHISTORY") {
    const list = env.state.ledger.history(member.corpNum).slice(-MAX_ROWS).reverse();
    return [
      ["itemCode", "txType", "txPoint", "balance", "txDT", "userID"],
      ...list.map((e) => [
        String(e.itemCode),
        String(e.txType),
        e.txPoint,
        e.balance,
        e.txDT,
        e.userID,
      ]),
    ];
  }
  return [];
}
