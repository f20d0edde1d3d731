import { ProblemList } from "@korbill/core-domain";
import type { CashbillFields } from "../map/inputs.js";
import { collectCashbillProblems } from "./cashbill.js";
import { CASHBILL_LIMITS, type ValidationContext, at, checkPattern, foldKey } from "./rules.js";

/**
 * Validates a bulk submission before anything is recorded or sent, and throws one
 * `InputError` listing every problem: `submitId` 1-36 of `[A-Za-z0-9_-]`; 1..100 receipts;
 * every receipt per {@link collectCashbillProblems} (paths `cashbills.N.field`); mgtKeys unique
 * within the submission, compared case-folded ({@link foldKey}: korbill's one rule for mgtKeys
 * and SubmitIDs, also across submissions). (That a SubmitID and the mgtKeys were never used is
 * checked against korbill's records by the store.)
 */
export function validateBulk(
  submitId: string,
  cashbills: readonly CashbillFields[],
  ctx: ValidationContext,
): void {
  const problems = new ProblemList();
  checkPattern(
    problems,
    submitId,
    "submitId",
    CASHBILL_LIMITS.submitId,
    "must be 1-36 of A-Z a-z 0-9 _ -",
  );
  // Checked as unknown: GraphQL coerces the list, other callers may not.
  const given: unknown = cashbills;
  if (!Array.isArray(given)) {
    problems.add("cashbills", "must be a list of cash receipts");
    return problems.throwIfAny();
  }
  if (cashbills.length === 0) problems.add("cashbills", "must contain at least one receipt");
  if (cashbills.length > CASHBILL_LIMITS.maxBulk) {
    problems.add(
      "cashbills",
      `must contain at most ${CASHBILL_LIMITS.maxBulk} receipts, got ${cashbills.length}`,
    );
  }
  const firstIndex = new Map<string, number>();
  cashbills.forEach((cashbill, index) => {
    const path = at("cashbills", index);
    collectCashbillProblems(problems, cashbill, path, ctx);
    const mgtKey: unknown = cashbill?.mgtKey;
    if (typeof mgtKey !== "string" || mgtKey === "") return;
    const first = firstIndex.get(foldKey(mgtKey));
    if (first === undefined) firstIndex.set(foldKey(mgtKey), index);
    else problems.add(at(path, "mgtKey"), `duplicates cashbills.${first}.mgtKey (${mgtKey})`);
  });
  problems.throwIfAny();
}
