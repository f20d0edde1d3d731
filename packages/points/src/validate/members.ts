import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { ContactRole } from "../enums.js";
import type {
  ContactFields,
  CorpInfoFields,
  JoinMemberFields,
  NewContactFields,
} from "../map/inputs.js";
import {
  checkBrn,
  checkEmail,
  checkPassword,
  checkPhone,
  checkPopbillId,
} from "./contact-rules.js";
import { TEXT_LIMITS, at, checkEnum, checkText } from "./rules.js";

function corpInfoProblems(problems: ProblemList, input: CorpInfoFields, path: string): void {
  const p = (key: string) => at(path, key);
  checkText(problems, input?.ceoName, p("ceoName"), TEXT_LIMITS.ceoName);
  checkText(problems, input?.corpName, p("corpName"), TEXT_LIMITS.corpName);
  checkText(problems, input?.address, p("address"), TEXT_LIMITS.address);
  checkText(problems, input?.bizType, p("bizType"), TEXT_LIMITS.bizType);
  checkText(problems, input?.bizClass, p("bizClass"), TEXT_LIMITS.bizClass);
}

function contactProblems(problems: ProblemList, input: ContactFields, path: string): void {
  const p = (key: string) => at(path, key);
  checkPopbillId(problems, input?.id, p("id"));
  checkText(problems, input?.name, p("name"), TEXT_LIMITS.personName);
  checkEmail(problems, input?.email, p("email"));
  checkPhone(problems, input?.phone, p("phone"));
  checkEnum(problems, ContactRole, input?.role, p("role"));
  if (input?.role === ContactRole.UNKNOWN) problems.add(p("role"), "UNKNOWN cannot be assigned");
}

/** A business registration number argument (CheckIsMember). */
export function validateBrn(value: unknown, path = "corpNum"): void {
  const problems = new ProblemList();
  checkTextInput(problems, value, path);
  checkBrn(problems, value, path);
  problems.throwIfAny();
}

/** A login id argument (CheckID). */
export function validatePopbillId(value: unknown, path = "id"): void {
  const problems = new ProblemList();
  checkTextInput(problems, value, path);
  checkPopbillId(problems, value, path);
  problems.throwIfAny();
}

/** UpdateCorpInfo: every field required, so an update never blanks one by omission. */
export function validateCorpInfo(input: CorpInfoFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  corpInfoProblems(problems, input, path);
  problems.throwIfAny();
}

/** JoinMember: BRN, company details, login id and password, contact name/e-mail/phone. */
export function validateJoinMember(input: JoinMemberFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  const p = (key: string) => at(path, key);
  checkBrn(problems, input?.corpNum, p("corpNum"));
  corpInfoProblems(problems, input, path);
  checkPopbillId(problems, input?.id, p("id"));
  checkPassword(problems, input?.password, p("password"));
  checkText(problems, input?.contactName, p("contactName"), TEXT_LIMITS.personName);
  checkEmail(problems, input?.contactEmail, p("contactEmail"));
  checkPhone(problems, input?.contactPhone, p("contactPhone"));
  problems.throwIfAny();
}

/** UpdateContact: id, name, e-mail, phone and a role. */
export function validateContact(input: ContactFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  contactProblems(problems, input, path);
  problems.throwIfAny();
}

/** RegistContact: a contact plus its password. */
export function validateNewContact(input: NewContactFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  contactProblems(problems, input, path);
  checkPassword(problems, input?.password, at(path, "password"));
  problems.throwIfAny();
}
