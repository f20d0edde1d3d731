import { kstCompactToIso, toKstIso } from "@korbill/core-domain";
import type {
  WireAccountCheckInfo,
  WireContactInfo,
  WireCorpInfo,
  WireDepositorCheckInfo,
  WireResponse,
} from "../wire.js";
import { accountCheckOutcomeOf, codeOf, contactRoleOf, identityTypeOf } from "./codes.js";
import { text } from "./from-wire.js";
import type {
  AccountHolderView,
  AccountVerificationView,
  ContactView,
  CorpInfoView,
  IdCheckView,
  MemberCheckView,
  PopbillResultView,
} from "./views.js";

/** Wire -> views for the account-holder check and member data; never throws on upstream values. */

/** An account check's time: `checkDate` is epoch ms as text [DOC]; Java also knows `checkDT`. */
export function checkTimeToIso(info: WireAccountCheckInfo): string | null {
  const raw = info.checkDate;
  if (typeof raw === "number" || (typeof raw === "string" && /^\d{12,13}$/.test(raw))) {
    const ms = Number(raw);
    return Number.isFinite(ms) ? toKstIso(ms) : null;
  }
  return kstCompactToIso(typeof raw === "string" ? raw : info.checkDT);
}

/** CheckAccountInfo -> {@link AccountHolderView}. */
export function toAccountHolder(info: WireAccountCheckInfo): AccountHolderView {
  const result = text(info?.result) ?? text(info?.resultCode);
  return {
    bankCode: text(info?.bankCode),
    accountNumber: text(info?.accountNumber),
    accountHolder: text(info?.accountName),
    result,
    resultMessage: text(info?.resultMessage),
    outcome: accountCheckOutcomeOf(result),
    checkedAt: info ? checkTimeToIso(info) : null,
  };
}

/** CheckDepositorInfo -> {@link AccountVerificationView}. */
export function toAccountVerification(info: WireDepositorCheckInfo): AccountVerificationView {
  return {
    ...toAccountHolder(info),
    identityType: identityTypeOf(info?.identityNumType),
    identityNum: text(info?.identityNum),
  };
}

/** `{code, message}` -> {@link PopbillResultView} (code 1 = success). */
export function toResult(reply: WireResponse): PopbillResultView {
  const code = codeOf(reply?.code) ?? 0;
  return { success: code === 1, code, message: text(reply?.message) };
}

/** CheckIsMember: [INF, docs] code 1 = a member of this partner, 0 = not. */
export function toMemberCheck(corpNum: string, reply: WireResponse): MemberCheckView {
  const code = codeOf(reply?.code) ?? 0;
  return { corpNum, isMember: code === 1, code, message: text(reply?.message) };
}

/** CheckID: [INF, docs] code 0 = free to use, 1 = taken. */
export function toIdCheck(id: string, reply: WireResponse): IdCheckView {
  const code = codeOf(reply?.code) ?? 0;
  return { id, available: code === 0, code, message: text(reply?.message) };
}

/** CorpInfo -> {@link CorpInfoView}. */
export function toCorpInfoView(info: WireCorpInfo): CorpInfoView {
  return {
    ceoName: text(info?.ceoname),
    corpName: text(info?.corpName),
    address: text(info?.addr),
    bizType: text(info?.bizType),
    bizClass: text(info?.bizClass),
  };
}

/** ContactInfo -> {@link ContactView}. */
export function toContact(info: WireContactInfo): ContactView {
  const searchRole = codeOf(info?.searchRole);
  const state = info?.state;
  return {
    id: text(info?.id),
    name: text(info?.personName),
    email: text(info?.email),
    tel: text(info?.tel) ?? text(info?.hp),
    role: contactRoleOf(searchRole),
    searchRole,
    admin: typeof info?.mgrYN === "boolean" ? info.mgrYN : null,
    state: typeof state === "number" ? String(state) : text(state),
    registeredAt: kstCompactToIso(info?.regDT),
  };
}
