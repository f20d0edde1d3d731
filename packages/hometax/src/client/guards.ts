import { InputError } from "@korbill/core-domain";

/** A JobID: exactly 18 digits (the SDKs refuse any other length; popbill.md §3c). */
export const JOB_ID_PATTERN = /^\d{18}$/;

const COMPACT_DATE = /^(\d{4})(0[1-9]|1[012])(0[1-9]|[12][0-9]|3[01])$/;

function refuse(name: string, message: string): never {
  throw new InputError(`${name} ${message}`, [{ path: name, message }]);
}

/**
 * A JobID as a path segment. Validation normally catches bad ids first; this guard keeps a
 * script caller from sending a malformed path (inserted unescaped, popbill.md §2.1).
 */
export function jobIdSegment(jobId: string): string {
  if (typeof jobId !== "string" || !JOB_ID_PATTERN.test(jobId))
    refuse("jobId", "must be exactly 18 digits");
  return jobId;
}

/** A `yyyyMMdd` query value, checked as the SDK's `_isValidDate` does. */
export function compactDate(value: string, name: string): string {
  if (typeof value !== "string" || !COMPACT_DATE.test(value)) refuse(name, "must be yyyyMMdd");
  return value;
}

/** A value sent raw (as Node's SDK does): letters, digits and commas only. */
export function rawValue(value: string, name: string): string {
  if (!/^[A-Za-z0-9,]*$/.test(value)) refuse(name, "may contain only A-Z a-z 0-9 and commas");
  return value;
}

/** One of a fixed set of wire codes. */
export function oneOf<T extends string>(value: T, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value)) refuse(name, `must be one of ${allowed.join(", ")}`);
  return value;
}
