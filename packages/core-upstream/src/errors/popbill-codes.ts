import {
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamConflictError,
  type UpstreamErrorClass,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamPermissionError,
} from "./upstream-error.js";

/** An inclusive range of POPBiLL codes (`from` >= `to`, both negative) and its class. */
interface CodeRule {
  from: number;
  to: number;
  errorClass: UpstreamErrorClass;
}

function one(code: number, errorClass: UpstreamErrorClass): CodeRule {
  return { from: code, to: code, errorClass };
}

/**
 * POPBiLL / Linkhub codes by meaning (popbill.md §1.3, §2.6). Checked in order, first match
 * wins, so single codes come before the family that contains them.
 */
const RULES: readonly CodeRule[] = [
  // Common -100*: token and account.
  { from: -10000032, to: -10000034, errorClass: UpstreamAuthenticationError },
  one(-10000029, UpstreamPermissionError), // access IP information does not exist
  // [INF] disabled / inactive / deleted user IDs read as "not allowed".
  { from: -10000018, to: -10000021, errorClass: UpstreamPermissionError },
  one(-10000008, UpstreamNotFoundError), // unknown ID
  one(-10000012, UpstreamNotFoundError), // no member for LinkID + BRN
  one(-10000014, UpstreamNotFoundError), // no member for BRN
  one(-10001000, UpstreamConflictError), // already signed up
  one(-10000006, UpstreamInvalidRequestError),
  one(-10000007, UpstreamInvalidRequestError),
  one(-10000015, UpstreamInvalidRequestError),
  { from: -10000038, to: -10000045, errorClass: UpstreamInvalidRequestError },
  // HomeTax crawl -111*. [INF] A failed HomeTax login or department-user check is the member's
  // HomeTax credentials, never korbill's token: a business refusal, not authentication.
  one(-11100001, UpstreamBusinessError),
  { from: -11100018, to: -11100020, errorClass: UpstreamInvalidRequestError },
  { from: -11100021, to: -11100024, errorClass: UpstreamBusinessError },
  // [INF] "The information of HomeTax Authentication does not exist": documented message, no
  // documented number; korbill and its sandbox use the next free code of the table.
  one(-11100025, UpstreamBusinessError),
  // [INF] korbill's sandbox: unknown/expired JobID, and search before the job finished.
  one(-11100026, UpstreamNotFoundError),
  one(-11100027, UpstreamConflictError),
  // Cash receipts -140*.
  one(-14000000, UpstreamNotFoundError),
  one(-14000002, UpstreamPermissionError),
  one(-14000003, UpstreamNotFoundError),
  one(-14000004, UpstreamConflictError),
  one(-14001019, UpstreamConflictError), // MgtKey already in use
  one(-14001020, UpstreamNotFoundError), // original receipt does not exist
  one(-14001021, UpstreamBusinessError), // original not yet filed to NTS
  // [INF] Bulk-issuance codes: POPBiLL documents that a reused SubmitID, a digest mismatch and
  // more than 100 receipts are refused, but not their numbers. korbill and its sandbox use
  // -1400300x for them; the classes (not the numbers) are what callers branch on.
  one(-14003001, UpstreamConflictError), // SubmitID already used
  one(-14003005, UpstreamNotFoundError), // no submission with this SubmitID
  { from: -14003002, to: -14003004, errorClass: UpstreamInvalidRequestError }, // digest, > 100, bad SubmitID
  // [INF] -140010xx is the field-validation family (missing / negative / inconsistent values).
  { from: -14001001, to: -14001099, errorClass: UpstreamInvalidRequestError },
  // [INF] korbill's sandbox points codes: unknown settleCode / refundCode, malformed forms.
  one(-99003002, UpstreamNotFoundError),
  one(-99003005, UpstreamNotFoundError),
  one(-99003001, UpstreamInvalidRequestError),
  one(-99003003, UpstreamInvalidRequestError),
  // [INF] -990* is the points family; its refusals (e.g. balance) are business errors.
  { from: -99000000, to: -99099999, errorClass: UpstreamBusinessError },
];

/**
 * The error class a POPBiLL code stands for, or undefined when the code has no known
 * meaning (then the HTTP status decides). `-99999999` is SDK-local and deliberately absent.
 */
export function classifyPopbillCode(code: number): UpstreamErrorClass | undefined {
  return RULES.find((rule) => code <= rule.from && code >= rule.to)?.errorClass;
}
