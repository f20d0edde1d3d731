import { ProblemList, checkTextInput, toKstDate } from "@korbill/core-domain";
import { JOB_ID_PATTERN } from "../client/guards.js";
import { HometaxDateType, HometaxDirection, HometaxService } from "../enums.js";
import type { HometaxJobRequestFields } from "../map/inputs.js";
import { HOMETAX_LIMITS, addMonths, at, checkEnum, given, isIsoDate } from "./rules.js";

/** Checks a JobID (exactly 18 digits) into `problems`. */
export function checkJobId(problems: ProblemList, jobId: unknown, path: string): boolean {
  if (!given(jobId)) return problems.check(false, path, "is required");
  return problems.check(
    typeof jobId === "string" && JOB_ID_PATTERN.test(jobId),
    path,
    "must be exactly 18 digits (the JobID requestHometaxJob returned)",
  );
}

/** Throws BAD_USER_INPUT unless `jobId` is exactly 18 digits. */
export function validateJobId(jobId: unknown, path = "jobId"): asserts jobId is string {
  const problems = new ProblemList();
  checkJobId(problems, jobId, path);
  problems.throwIfAny();
}

/** Throws BAD_USER_INPUT unless `service` is CASHBILL or TAXINVOICE. */
export function validateService(
  service: unknown,
  path = "service",
): asserts service is HometaxService {
  const problems = new ProblemList();
  checkEnum(problems, HometaxService, service, path);
  problems.throwIfAny();
}

/** Today in KST as `yyyy-MM-dd` (HomeTax's calendar). */
function kstToday(now: number): string {
  const d = toKstDate(now);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

function checkRange(
  problems: ProblemList,
  from: unknown,
  to: unknown,
  path: string,
  now: number,
): void {
  const fromOk = problems.check(
    isIsoDate(from),
    at(path, "from"),
    "must be a real date like 2026-01-31",
  );
  const toOk = problems.check(isIsoDate(to), at(path, "to"), "must be a real date like 2026-03-31");
  if (!fromOk || !toOk || !isIsoDate(from) || !isIsoDate(to)) return;
  // Nothing dated after today (KST) can be on HomeTax yet: a crawl of the future would only
  // spend a request of the member's upstream budget on an empty answer.
  const today = kstToday(now);
  const fromNow = problems.check(
    from <= today,
    at(path, "from"),
    `must not be after today (${today}, KST)`,
  );
  const toNow = problems.check(
    to <= today,
    at(path, "to"),
    `must not be after today (${today}, KST)`,
  );
  if (!fromNow || !toNow) return;
  if (!problems.check(from <= to, at(path, "to"), "must not be before from")) return;
  const limit = addMonths(from, HOMETAX_LIMITS.maxRangeMonths);
  problems.check(
    to <= limit,
    at(path, "to"),
    `must be at most ${HOMETAX_LIMITS.maxRangeMonths} months after from (${limit} at the latest); request several jobs for longer periods`,
  );
}

/**
 * Validates a crawl request under `path`: service and direction known; TRUSTEE and dateType
 * only for tax invoices (dateType required there); from/to real ISO dates with from ≤ to and at
 * most 3 calendar months apart, neither after today in KST by `now` (the injectable clock);
 * every string free of control characters ({@link checkTextInput}). Reports every problem at
 * once; nothing is sent upstream.
 */
export function validateJobRequest(
  input: HometaxJobRequestFields,
  path = "input",
  now: number = Date.now(),
): void {
  const problems = new ProblemList();
  if (typeof input !== "object" || input === null) {
    problems.add(path, "must be a crawl request");
    return problems.throwIfAny();
  }
  checkTextInput(problems, input, path);
  const serviceOk = checkEnum(problems, HometaxService, input.service, at(path, "service"));
  const directionOk = checkEnum(problems, HometaxDirection, input.direction, at(path, "direction"));
  if (serviceOk && input.service === HometaxService.CASHBILL) {
    if (directionOk)
      problems.check(
        input.direction !== HometaxDirection.TRUSTEE,
        at(path, "direction"),
        "TRUSTEE exists only for tax invoices; cash receipts are SELL or BUY",
      );
    problems.check(
      !given(input.dateType),
      at(path, "dateType"),
      "applies only to tax invoices; leave it out for cash receipts (they are crawled by trade date)",
    );
  } else if (serviceOk) {
    checkEnum(problems, HometaxDateType, input.dateType, at(path, "dateType"));
  }
  checkRange(problems, input.from, input.to, path, now);
  problems.throwIfAny();
}
