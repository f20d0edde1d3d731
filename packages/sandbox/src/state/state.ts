import { CashbillStore } from "../cashbill/store.js";
import { PointLedger } from "./ledger.js";
import { PageStore } from "./pages.js";
import { TokenStore } from "./tokens.js";
import {
  type MemberRecord,
  type MemberSeed,
  type PartnerRecord,
  type PartnerSeed,
} from "./types.js";

const CORP_NUM = /^\d{10}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Everything the emulated upstreams remember: partners, member businesses with their
 * users and points, issued session tokens, short-lived pages, cash receipts and bulk
 * submissions, and point use histories.
 */
export class SandboxState {
  readonly #partners = new Map<string, PartnerRecord>();
  readonly #members = new Map<string, MemberRecord>();
  /** Issued Linkhub session tokens. */
  readonly tokens = new TokenStore();
  /** Pages behind 30-second URLs. */
  readonly pages = new PageStore();
  /** Cash receipts, bulk submissions and issuance counts. */
  readonly cashbills = new CashbillStore();
  /** Point use histories. */
  readonly ledger = new PointLedger();

  /** Adds a partner; throws on a duplicate LinkID or a SecretKey that is not base64. */
  addPartner(seed: PartnerSeed): PartnerRecord {
    if (seed.linkId.trim() === "") throw new Error("partner LinkID must not be empty");
    if (this.#partners.has(seed.linkId)) throw new Error(`partner ${seed.linkId} already exists`);
    if (seed.secretKey === "" || !BASE64.test(seed.secretKey)) {
      throw new Error(`partner ${seed.linkId}: SecretKey must be base64 text`);
    }
    const partner: PartnerRecord = { ...seed, partnerPoint: checkPoints(seed.partnerPoint ?? 0) };
    this.#partners.set(partner.linkId, partner);
    return partner;
  }

  /** Adds a member of an existing partner; throws on a bad or duplicate CorpNum. */
  addMember(seed: MemberSeed): MemberRecord {
    if (!CORP_NUM.test(seed.corpNum))
      throw new Error(`CorpNum must be 10 digits, got "${seed.corpNum}"`);
    if (this.#members.has(seed.corpNum)) throw new Error(`member ${seed.corpNum} already exists`);
    if (!this.#partners.has(seed.linkId))
      throw new Error(`member ${seed.corpNum}: unknown partner ${seed.linkId}`);
    const member: MemberRecord = {
      ...seed,
      users: seed.users.map((user) => ({ ...user })),
      chargePoint: checkPoints(seed.chargePoint ?? 0),
      bonusPoint: checkPoints(seed.bonusPoint ?? 0),
    };
    this.#members.set(member.corpNum, member);
    return member;
  }

  /** The partner with this LinkID. */
  partner(linkId: string): PartnerRecord | undefined {
    return this.#partners.get(linkId);
  }

  /** The member with this CorpNum, whichever partner it belongs to. */
  member(corpNum: string): MemberRecord | undefined {
    return this.#members.get(corpNum);
  }

  /** The member with this CorpNum only if it is linked to the partner `linkId`. */
  memberOf(linkId: string, corpNum: string): MemberRecord | undefined {
    const member = this.#members.get(corpNum);
    return member?.linkId === linkId ? member : undefined;
  }

  /** All partners. */
  partners(): PartnerRecord[] {
    return [...this.#partners.values()];
  }

  /** All members, optionally only those of one partner. */
  members(linkId?: string): MemberRecord[] {
    const all = [...this.#members.values()];
    return linkId === undefined ? all : all.filter((member) => member.linkId === linkId);
  }
}

/** A member's spendable balance: charged plus bonus points. */
export function remainPoint(member: MemberRecord): number {
  return member.chargePoint + member.bonusPoint;
}

function checkPoints(points: number): number {
  if (!Number.isSafeInteger(points) || points < 0)
    throw new Error(`points must be a whole number >= 0, got ${points}`);
  return points;
}
