import { SandboxHttpError } from "../http/errors.js";

/**
 * Refusals of the account-holder checks (HTTP 400, nothing spent). POPBiLL documents no
 * numbers; the sandbox uses the service codes as families (`-182*` 성명, `-183*` 실명), as
 * `-140*` is the cash-receipt family. [INF] every code.
 */
export const ACCOUNT_CHECK_CODES = {
  /** [INF] -18200001 bank code missing, not 4 digits, or not a supported institution. */
  bankCodeInvalid: -18200001,
  /** [INF] -18200002 account number missing or not 8-14 digits. */
  accountNumberInvalid: -18200002,
  /** [INF] -18300001 identity type (t) not P or B. */
  identityTypeInvalid: -18300001,
  /** [INF] -18300002 identity number (p) not a yyMMdd birth date (P) or 10-digit BRN (B). */
  identityNumInvalid: -18300002,
} as const;

/**
 * `result` codes of a check that ran (HTTP 200, points spent). [INF] POPBiLL documents the
 * field (상태코드), not its values, except that korbill's client reads `0000` as success.
 */
export const CHECK_RESULTS = {
  /** 정상: the account exists (성명) / belongs to the identity given (실명). */
  ok: { result: "0000", resultMessage: "정상" },
  /** 계좌없음: no such account at the institution. */
  noAccount: { result: "0001", resultMessage: "계좌가 존재하지 않습니다." },
  /** 해지계좌: the account is closed. */
  closed: { result: "0002", resultMessage: "해지된 계좌입니다." },
  /** 실명불일치: the account exists but the identity number is not its holder's (실명 only). */
  mismatch: { result: "0003", resultMessage: "실명번호가 일치하지 않습니다." },
} as const;

/** A 400 refusal with one of {@link ACCOUNT_CHECK_CODES}. */
export function refuseCheck(code: number, message: string): SandboxHttpError {
  return new SandboxHttpError(400, code, message);
}
