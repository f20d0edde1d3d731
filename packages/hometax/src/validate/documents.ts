import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { NTS_CONFIRM_NUM_PATTERN } from "../client/taxinvoice-docs.js";

/** An NTS confirm number argument: 24 letters or digits (dashes allowed and dropped). */
export function validateNtsConfirmNum(value: unknown, path = "ntsConfirmNum"): string {
  const problems = new ProblemList();
  checkTextInput(problems, value, path);
  const compact = typeof value === "string" ? value.trim().replaceAll("-", "") : "";
  if (!NTS_CONFIRM_NUM_PATTERN.test(compact))
    problems.add(path, "must be the 24-character NTS confirm number (국세청승인번호)");
  problems.throwIfAny();
  return compact;
}
