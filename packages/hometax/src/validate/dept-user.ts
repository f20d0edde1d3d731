import { ProblemList } from "@korbill/core-auth";
import type { HometaxDeptUserFields } from "../inputs.js";
import { HOMETAX_LIMITS, given, hasControlChars } from "./rules.js";

/**
 * Validates a department user to register: ID 1-50 characters without spaces or control
 * characters; password 1-50 characters, not blank, no control characters; identityNum (if
 * given) digits only. Messages never repeat the password or identity number.
 */
export function validateDeptUser(input: HometaxDeptUserFields): void {
  const problems = new ProblemList();
  const { id, password, identityNum } = input;
  if (problems.check(typeof id === "string" && id.length > 0, "id", "is required")) {
    problems.check(
      [...id].length <= HOMETAX_LIMITS.deptUserIdMax,
      "id",
      `must be at most ${HOMETAX_LIMITS.deptUserIdMax} characters`,
    );
    problems.check(
      !/\s/.test(id) && !hasControlChars(id),
      "id",
      "must not contain spaces or control characters",
    );
  }
  if (
    problems.check(
      typeof password === "string" && password.trim().length > 0,
      "password",
      "is required",
    )
  ) {
    problems.check(
      [...password].length <= HOMETAX_LIMITS.deptUserPasswordMax,
      "password",
      `must be at most ${HOMETAX_LIMITS.deptUserPasswordMax} characters`,
    );
    problems.check(!hasControlChars(password), "password", "must not contain control characters");
  }
  if (given(identityNum)) {
    problems.check(
      typeof identityNum === "string" &&
        HOMETAX_LIMITS.identityNum.test(identityNum.replaceAll("-", "")),
      "identityNum",
      "must be 6 to 13 digits (dashes allowed)",
    );
  }
  problems.throwIfAny();
}
