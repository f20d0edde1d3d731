import { InputError } from "@korbill/core-domain";

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * A path segment (MgtKey, SubmitID) as POPBiLL expects it: inserted unescaped, so its charset
 * must be `[A-Za-z0-9_-]` (popbill.md §2.1). Validation normally catches bad keys first; this
 * guard keeps a script caller from sending a malformed path.
 */
export function segment(value: string, name: string): string {
  if (typeof value !== "string" || !SEGMENT.test(value)) {
    const message = "must be 1+ characters of A-Z a-z 0-9 _ -";
    throw new InputError(`${name} ${message}`, [{ path: name, message }]);
  }
  return value;
}
