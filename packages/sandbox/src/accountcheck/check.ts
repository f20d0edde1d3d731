import { ACCOUNT_CHECK_CODES as C, CHECK_RESULTS, refuseCheck } from "./codes.js";
import { findAccount, INSTITUTIONS } from "./banks.js";

/** 성명 (CheckAccountInfo, itemCode 182) or 실명 (CheckDepositorInfo, itemCode 183). */
export type CheckKind = "name" | "realName";

/** Service code (scope and `itemCode`) of each check kind (popbill.md §1.5 [INF 182/183]). */
export const CHECK_ITEM_CODES: Readonly<Record<CheckKind, number>> = { name: 182, realName: 183 };

/** A validated check request. */
export interface CheckRequest {
  readonly bankCode: string;
  readonly accountNumber: string;
  /** 실명 only. */
  readonly identity?: { readonly type: "P" | "B"; readonly num: string };
}

/** `AccountCheckInfo` (and `DepositorCheckInfo` with the identity fields). */
export interface AccountCheckInfo {
  readonly result: string;
  readonly resultMessage: string;
  readonly accountName: string | null;
  readonly bankCode: string;
  readonly accountNumber: string;
  /** Epoch milliseconds as 13-digit text [DOC]. */
  readonly checkDate: string;
  readonly identityNumType?: string;
  readonly identityNum?: string;
}

/**
 * Reads `c` (4-digit supported institution), `n` (8-14 digits [DOC]) and, for 실명, `t`
 * (P/B) and `p` (yyMMdd birth date for P, 10-digit BRN for B); refuses with 400 otherwise.
 */
export function readCheckRequest(query: URLSearchParams, kind: CheckKind): CheckRequest {
  const bankCode = query.get("c")?.trim() ?? "";
  if (!/^\d{4}$/.test(bankCode) || INSTITUTIONS[bankCode] === undefined)
    throw refuseCheck(C.bankCodeInvalid, `기관코드가 올바르지 않습니다. (c "${bankCode}")`);
  const accountNumber = query.get("n")?.trim() ?? "";
  if (!/^\d{8,14}$/.test(accountNumber))
    throw refuseCheck(
      C.accountNumberInvalid,
      "계좌번호가 올바르지 않습니다. (n must be 8-14 digits)",
    );
  if (kind === "name") return { bankCode, accountNumber };
  const type = query.get("t")?.trim();
  if (type !== "P" && type !== "B")
    throw refuseCheck(C.identityTypeInvalid, "올바른 등록번호 유형이 아닙니다. (t must be P or B)");
  const num = query.get("p")?.trim() ?? "";
  const ok = type === "P" ? isBirthDate(num) : /^\d{10}$/.test(num);
  if (!ok) {
    const expected = type === "P" ? "a yyMMdd birth date" : "a 10-digit BRN";
    throw refuseCheck(
      C.identityNumInvalid,
      `등록번호가 올바르지 않습니다. (p must be ${expected})`,
    );
  }
  return { bankCode, accountNumber, identity: { type, num } };
}

/** Runs a check against the demo bank data at `nowMs`. */
export function runCheck(request: CheckRequest, nowMs: number): AccountCheckInfo {
  const account = findAccount(request.bankCode, request.accountNumber);
  const { identity } = request;
  const outcome = !account
    ? CHECK_RESULTS.noAccount
    : account.closed
      ? CHECK_RESULTS.closed
      : identity &&
          (identity.type !== account.identityNumType || identity.num !== account.identityNum)
        ? CHECK_RESULTS.mismatch
        : CHECK_RESULTS.ok;
  return {
    ...outcome,
    // [INF] the holder's name is given only when the check succeeded.
    accountName: outcome === CHECK_RESULTS.ok ? (account?.holder ?? null) : null,
    bankCode: request.bankCode,
    accountNumber: request.accountNumber,
    checkDate: String(nowMs),
    ...(identity ? { identityNumType: identity.type, identityNum: identity.num } : {}),
  };
}

function isBirthDate(value: string): boolean {
  const match = /^\d{2}(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  // 29 February is allowed: the century is unknown.
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate()
  );
}
