import { CashbillAfterIssueStore } from "../cashbill/after-issue.js";
import { CashbillStore } from "../cashbill/store.js";
import { refill } from "../persist/maps.js";
import { PointsStore } from "../points/store.js";
import { PointLedger, partnerLedgerKey, type Spending, type UseHistoryEntry } from "./ledger.js";
import { LoginRegistry } from "./logins.js";
import { PageStore } from "./pages.js";
import { TokenStore } from "./tokens.js";
import {
  type MemberRecord,
  type MemberSeed,
  type PartnerBilling,
  type PartnerRecord,
  type PartnerSeed,
  type PointAccount,
} from "./types.js";

const CORP_NUM = /^\d{10}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BILLINGS: readonly PartnerBilling[] = ["member", "partner"];

/** Where a member's usage is billed: its own ledger or its partner's. */
export interface BilledAccount {
  /** Ledger key: the CorpNum, or the partner's {@link partnerLedgerKey}. */
  readonly key: string;
  readonly account: PointAccount;
}

/**
 * Everything the emulated upstreams remember: partners and member businesses with their
 * users, logins and points, issued session tokens, short-lived pages, cash receipts and bulk
 * submissions, point ledgers, settlements and refund requests.
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
  /** Resend outbox, extra receipt logs and e-mail settings (after issuance). */
  readonly cashbillAfter = new CashbillAfterIssueStore();
  /** Point use histories of members and partners. */
  readonly ledger = new PointLedger();
  /** Bank-transfer charges and refund requests. */
  readonly points = new PointsStore();
  /** POPBiLL login ids (unique service-wide) with password hashes. */
  readonly logins = new LoginRegistry();

  /** Adds a partner; throws on a duplicate LinkID or a SecretKey that is not base64. */
  addPartner(seed: PartnerSeed): PartnerRecord {
    if (seed.linkId.trim() === "") throw new Error("partner LinkID must not be empty");
    if (this.#partners.has(seed.linkId)) throw new Error(`partner ${seed.linkId} already exists`);
    if (seed.secretKey === "" || !BASE64.test(seed.secretKey)) {
      throw new Error(`partner ${seed.linkId}: SecretKey must be base64 text`);
    }
    if (seed.billing !== undefined && !BILLINGS.includes(seed.billing))
      throw new Error(`partner ${seed.linkId}: billing must be member or partner`);
    const partner = new Partner(seed);
    this.#partners.set(partner.linkId, partner);
    return partner;
  }

  /**
   * Adds a member of an existing partner; throws on a bad or duplicate CorpNum or a user id
   * another member already has.
   */
  addMember(seed: MemberSeed): MemberRecord {
    if (!CORP_NUM.test(seed.corpNum))
      throw new Error(`CorpNum must be 10 digits, got "${seed.corpNum}"`);
    if (this.#members.has(seed.corpNum)) throw new Error(`member ${seed.corpNum} already exists`);
    if (!this.#partners.has(seed.linkId))
      throw new Error(`member ${seed.corpNum}: unknown partner ${seed.linkId}`);
    const ids = seed.users.map((user) => user.userId.toLowerCase());
    const taken = seed.users.find(
      (user, i) => this.logins.taken(user.userId) || ids.indexOf(ids[i] ?? "") !== i,
    );
    if (taken) throw new Error(`member ${seed.corpNum}: user id ${taken.userId} already exists`);
    const member: MemberRecord = {
      ...seed,
      users: seed.users.map((user) => ({ ...user })),
      chargePoint: checkPoints(seed.chargePoint ?? 0),
      bonusPoint: checkPoints(seed.bonusPoint ?? 0),
    };
    for (const user of member.users) this.logins.register(user.userId, member.corpNum);
    this.#members.set(member.corpNum, member);
    return member;
  }

  /** Removes a member and its logins (QuitMember); its CorpNum may join again. */
  removeMember(corpNum: string): MemberRecord | undefined {
    const member = this.#members.get(corpNum);
    if (!member) return undefined;
    for (const user of member.users) this.logins.remove(user.userId);
    this.#members.delete(corpNum);
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

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump(): { partners: Map<string, PartnerRecord>; members: Map<string, MemberRecord> } {
    return { partners: this.#partners, members: this.#members };
  }

  load(data: ReturnType<SandboxState["dump"]>): void {
    // Partners are class instances (a getter); the serialized copies are plain objects.
    for (const partner of data.partners.values()) Object.setPrototypeOf(partner, Partner.prototype);
    refill(this.#partners, data.partners);
    refill(this.#members, data.members);
  }

  /** The ledger a member's usage is spent from (the partner's under partner billing). */
  billedAccount(member: MemberRecord): BilledAccount {
    const partner = this.#partners.get(member.linkId);
    return partner?.billing === "partner"
      ? { key: partnerLedgerKey(partner.linkId), account: partner }
      : { key: member.corpNum, account: member };
  }

  /**
   * Spends the price of a service used by `member` from the billed ledger; `undefined`
   * (nothing changed) when its points are short.
   */
  spendPoints(member: MemberRecord, spending: Spending): UseHistoryEntry | undefined {
    const { key, account } = this.billedAccount(member);
    return this.ledger.spendFrom(key, account, spending);
  }
}

/** A partner record whose `partnerPoint` always equals its two balances. */
class Partner implements PartnerRecord {
  readonly linkId: string;
  readonly secretKey: string;
  billing: PartnerBilling;
  chargePoint: number;
  bonusPoint: number;

  constructor(seed: PartnerSeed) {
    this.linkId = seed.linkId;
    this.secretKey = seed.secretKey;
    this.billing = seed.billing ?? "member";
    this.chargePoint = checkPoints(seed.partnerPoint ?? 0);
    this.bonusPoint = checkPoints(seed.partnerBonusPoint ?? 0);
  }

  get partnerPoint(): number {
    return this.chargePoint + this.bonusPoint;
  }
}

/** A member's spendable balance: charged plus bonus points. */
export function remainPoint(member: MemberRecord): number {
  return member.chargePoint + member.bonusPoint;
}

/** Throws unless `points` is a whole number >= 0; returns it. */
function checkPoints(points: number): number {
  if (!Number.isSafeInteger(points) || points < 0)
    throw new Error(`points must be a whole number >= 0, got ${points}`);
  return points;
}
