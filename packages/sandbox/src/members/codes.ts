import { SandboxHttpError } from "../http/errors.js";

/**
 * Codes of member onboarding and member data (popbill.md §2.6, common `-100*`). Documented
 * codes keep their documented meaning; [INF] marks a sandbox choice.
 */
export const MEMBER_CODES = {
  /** -10000006 ID missing. */
  idMissing: -10000006,
  /** -10000007 bad password format ([INF] rule: 8-20 characters). */
  passwordInvalid: -10000007,
  /** -10000008 unknown ID (a contact id that is not one of the member's users; HTTP 404 [INF]). */
  idNotFound: -10000008,
  /** -10000010 partner information missing (JoinForm LinkID unknown). */
  partnerNotFound: -10000010,
  /** -10000015 business registration number missing ([INF] also: not 10 digits). */
  corpNumInvalid: -10000015,
  /** [INF] -10000038 ID format invalid (the documented -10000038..45 ID/LinkID format family). */
  idInvalid: -10000038,
  /** -10001000 already signed up. */
  alreadyMember: -10001000,
  /** -10001001 company information missing ([INF] also: contact fields of a JoinForm). */
  infoMissing: -10001001,
  /** [INF] -10001002 the ID is already used by a POPBiLL user. */
  idInUse: -10001002,
  /** [INF] -10001003 contact information missing or invalid (name, e-mail, searchRole). */
  contactInvalid: -10001003,
  /** [INF] -10001004 the member's administrator cannot be deleted (DeleteContact). */
  adminNotDeletable: -10001004,
  /** [INF] -10001005 QuitMember without a quitReason. */
  quitReasonMissing: -10001005,
} as const;

/** A member-API refusal, HTTP 400 unless told ([INF] statuses). */
export function memberError(code: number, message: string, status = 400): SandboxHttpError {
  return new SandboxHttpError(status, code, message);
}
