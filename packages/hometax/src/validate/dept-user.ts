import { ProblemList, checkTextInput } from "@korbill/core-domain";
import type { HometaxDeptUserFields } from "../map/inputs.js";
import { HOMETAX_LIMITS, given } from "./rules.js";

/**
 * Validates a department user to register: ID 1-50 characters without spaces or control
 * characters; password 1-50 characters, not blank, no control characters; identityNum (if
 * given) digits only. Messages never repeat the password or identity number.
 */
export function validateDeptUser(input: HometaxDeptUserFields): void {
  const problems = new ProblemList();
  const { id, password, identityNum } = input;
  // Control characters, by the one text rule of every input (messages name the code point only).
  checkTextInput(problems, { id, password, identityNum }, "");
  if (problems.check(typeof id === "string" && id.length > 0, "id", "is required")) {
    problems.check(
      [...id].length <= HOMETAX_LIMITS.deptUserIdMax,
      "id",
      `must be at most ${HOMETAX_LIMITS.deptUserIdMax} characters`,
    );
    problems.check(!/\s/.test(id), "id", "must not contain spaces");
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
