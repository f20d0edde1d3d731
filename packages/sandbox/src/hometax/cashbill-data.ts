import { COUNTERPARTS, memberParty, personName } from "./parties.js";
import { hashSeed, SeededRandom } from "./random.js";
import { dayOfYear, kstDays, timeOfDay, weekday } from "./calendar.js";
import { type HTCashbillRow, type MemberIdentity } from "./types.js";
import { kstDate } from "../kst.js";

/** What one cash-receipt crawl covers. */
export interface CashbillCrawl {
  readonly member: MemberIdentity;
  readonly direction: "SELL" | "BUY";
  readonly sDate: string;
  readonly eDate: string;
  /** KST `yyyyMMdd` of the request: HomeTax holds receipts up to the day before [INF]. */
  readonly today: string;
}

/** [INF] `identityNumType` values are undocumented: 1 phone, 2 cash-receipt card, 3 BRN. */
const IDENTITY_TYPE = { phone: 1, card: 2, brn: 3 } as const;

/**
 * The cash receipts HomeTax holds for a crawl, oldest first. Each day's receipts are a pure
 * function of (member, direction, day), so overlapping crawls agree and reruns repeat.
 */
export function crawlCashbills(crawl: CashbillCrawl): HTCashbillRow[] {
  return kstDays(crawl.sDate, crawl.eDate)
    .filter((day) => kstDate(day) < crawl.today)
    .flatMap((day) => cashbillsOfDay(crawl.member, crawl.direction, day));
}

function cashbillsOfDay(
  member: MemberIdentity,
  direction: "SELL" | "BUY",
  day: number,
): HTCashbillRow[] {
  const date = kstDate(day);
  const random = new SeededRandom(`${member.corpNum}|Cashbill|${direction}|${date}`);
  const weekend = weekday(day) === 0 || weekday(day) === 6;
  const count =
    direction === "SELL"
      ? random.int(weekend ? 6 : 12, weekend ? 12 : 22)
      : random.int(weekend ? 1 : 3, weekend ? 4 : 9);
  const seconds = Array.from({ length: count }, () => random.int(7 * 3600, 23 * 3600 - 1)).sort(
    (a, b) => a - b,
  );
  const prefix = String((hashSeed(`${member.corpNum}|${direction}`) % 90) + 10);
  return seconds.map((second, index) => {
    const ntsconfirmNum = `${prefix}${dayOfYear(day)}${String(index + 1).padStart(4, "0")}`;
    const parties = direction === "SELL" ? sellSide(random, member) : buySide(random, member);
    return {
      ntsconfirmNum,
      tradeDate: date,
      tradeDT: timeOfDay(day, second),
      tradeType: random.chance(0.08) ? "취소거래" : "승인거래",
      ...parties,
      ...amounts(random, direction),
      invoiceType: direction === "SELL" ? "매출" : "매입",
      deductionType: random.weighted([
        [1, 60],
        [2, 15],
        [3, 20],
        [4, 5],
      ] as const),
    };
  });
}

type Sides = Pick<
  HTCashbillRow,
  | "tradeUsage"
  | "franchiseCorpNum"
  | "franchiseCorpName"
  | "franchiseCorpType"
  | "identityNum"
  | "identityNumType"
  | "customerName"
  | "cardOwnerName"
>;

/** A sale of the member: it is the franchise; the buyer is a consumer or a business. */
function sellSide(random: SeededRandom, member: MemberIdentity): Sides {
  const self = memberParty(member);
  const franchise = {
    franchiseCorpNum: self.corpNum,
    franchiseCorpName: self.corpName,
    franchiseCorpType: self.corpType,
  };
  const kind = random.weighted([
    ["phone", 65],
    ["card", 20],
    ["brn", 15],
  ] as const);
  if (kind === "brn") {
    const buyer = random.pick(COUNTERPARTS);
    return {
      ...franchise,
      tradeUsage: "지출증빙용",
      identityNum: buyer.corpNum,
      identityNumType: IDENTITY_TYPE.brn,
      customerName: buyer.corpName,
      cardOwnerName: "",
    };
  }
  const owner = personName(random);
  return {
    ...franchise,
    tradeUsage: kind === "card" && random.chance(0.2) ? "지출증빙용" : "소득공제용",
    identityNum: kind === "phone" ? `010****${random.digits(4)}` : maskedCard(random),
    identityNumType: IDENTITY_TYPE[kind],
    customerName: random.chance(0.4) ? owner : "",
    cardOwnerName: kind === "card" ? owner : "",
  };
}

/** A purchase of the member: a store issued the receipt to the member's BRN or CEO's card. */
function buySide(random: SeededRandom, member: MemberIdentity): Sides {
  const store = random.pick(COUNTERPARTS);
  const byCard = random.chance(0.1);
  return {
    tradeUsage: byCard ? "소득공제용" : "지출증빙용",
    franchiseCorpNum: store.corpNum,
    franchiseCorpName: store.corpName,
    franchiseCorpType: store.corpType,
    identityNum: byCard ? maskedCard(random) : member.corpNum,
    identityNumType: byCard ? IDENTITY_TYPE.card : IDENTITY_TYPE.brn,
    customerName: member.corpName,
    cardOwnerName: byCard ? member.ceoName : "",
  };
}

function maskedCard(random: SeededRandom): string {
  return `${random.digits(4)}********${random.digits(4)}`;
}

/** supplyCost + tax (10 %, floored) + serviceFee = totalAmount, as strings. */
function amounts(random: SeededRandom, direction: "SELL" | "BUY") {
  const supplyCost = random.amount(900, direction === "SELL" ? 300_000 : 1_500_000, 10);
  const tax = Math.floor(supplyCost / 10);
  const serviceFee = random.chance(0.1)
    ? Math.round((supplyCost * random.int(5, 10)) / 1000) * 10
    : 0;
  return {
    supplyCost: String(supplyCost),
    tax: String(tax),
    serviceFee: String(serviceFee),
    totalAmount: String(supplyCost + tax + serviceFee),
  };
}
