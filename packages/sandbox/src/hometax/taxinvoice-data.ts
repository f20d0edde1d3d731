import { kstDate, parseKstDate } from "../kst.js";
import { kstDays, shiftDate, weekday } from "./calendar.js";
import { COUNTERPARTS, memberParty, type Party, personName } from "./parties.js";
import { lines } from "./taxinvoice-lines.js";
import { hashSeed, SeededRandom } from "./random.js";
import {
  type CrawlDirection,
  type HTTaxinvoiceRow,
  type MemberIdentity,
  type TaxinvoiceDateType,
} from "./types.js";

/** What one tax-invoice crawl covers. */
export interface TaxinvoiceCrawl {
  readonly member: MemberIdentity;
  readonly direction: CrawlDirection;
  readonly dType: TaxinvoiceDateType;
  readonly sDate: string;
  readonly eDate: string;
  /** KST `yyyyMMdd` of the request: HomeTax holds invoices sent to the NTS before it [INF]. */
  readonly today: string;
}

/** The row field each `DType` selects on. */
const DATE_FIELD = {
  W: "writeDate",
  I: "issueDate",
  S: "sendDate",
} as const satisfies Record<TaxinvoiceDateType, keyof HTTaxinvoiceRow>;

/** Longest gap from the write date to the send date (issue by the 10th of the next month). */
const MAX_LAG_DAYS = 11;

const PER_DAY = { SELL: [8, 14, 1, 4], BUY: [6, 12, 1, 3], TRUSTEE: [3, 8, 0, 2] } as const;

/**
 * The tax invoices HomeTax holds for a crawl, ordered by the `DType` date. Invoices are made
 * per write date from (member, direction, day) alone, so every `DType` sees the same invoices.
 */
export function crawlTaxinvoices(crawl: TaxinvoiceCrawl): HTTaxinvoiceRow[] {
  const field = DATE_FIELD[crawl.dType];
  const from = parseKstDate(crawl.sDate);
  if (from === undefined) return [];
  const firstWriteDate = crawl.dType === "W" ? crawl.sDate : shiftDate(from, -MAX_LAG_DAYS);
  return kstDays(firstWriteDate, crawl.eDate)
    .flatMap((day) => invoicesOfDay(crawl.member, crawl.direction, day))
    .filter(
      (row) => row.sendDate < crawl.today && row[field] >= crawl.sDate && row[field] <= crawl.eDate,
    )
    .sort(
      (a, b) => a[field].localeCompare(b[field]) || a.ntsconfirmNum.localeCompare(b.ntsconfirmNum),
    );
}

export function invoicesOfDay(
  member: MemberIdentity,
  direction: CrawlDirection,
  day: number,
): HTTaxinvoiceRow[] {
  const writeDate = kstDate(day);
  const random = new SeededRandom(`${member.corpNum}|Taxinvoice|${direction}|${writeDate}`);
  const [low, high, weekendLow, weekendHigh] = PER_DAY[direction];
  const weekend = weekday(day) === 0 || weekday(day) === 6;
  const count = weekend ? random.int(weekendLow, weekendHigh) : random.int(low, high);
  const prefix = String(
    (hashSeed(`${member.corpNum}|Taxinvoice|${direction}`) % 900_000) + 100_000,
  );
  const confirmNum = (issueDate: string, written: string, index: number) =>
    `${issueDate}41${prefix}${written.slice(2)}${String(index).padStart(2, "0")}`;
  return Array.from({ length: count }, (_, index): HTTaxinvoiceRow => {
    const lag = random.chance(0.7) ? 0 : random.int(1, 10);
    const issueDate = shiftDate(day, lag);
    const modifyYN = random.chance(0.06);
    const original = shiftDate(day, -30);
    return {
      ntsconfirmNum: confirmNum(issueDate, writeDate, index + 1),
      writeDate,
      issueDate,
      sendDate: shiftDate(day, lag + (random.chance(0.8) ? 1 : 0)),
      ...parties(random, member, direction),
      ...lines(random, modifyYN),
      purposeType: random.weighted([
        ["청구", 60],
        ["영수", 35],
        ["없음", 5],
      ] as const),
      modifyYN,
      remark1: modifyYN ? "환입" : random.chance(0.15) ? "월 정기 거래" : "",
      purchaseDate: writeDate,
      remark: random.chance(0.1) ? "납품 완료" : "",
      orgNTSConfirmNum: modifyYN ? confirmNum(original, original, random.int(1, 8)) : "",
      invoiceType: direction === "SELL" ? "매출" : direction === "BUY" ? "매입" : "수탁",
    };
  });
}

type PartyFields = Pick<
  HTTaxinvoiceRow,
  | `invoicer${"CorpNum" | "TaxRegID" | "CorpName" | "CEOName" | "Email"}`
  | `invoicee${"CorpNum" | "Type" | "TaxRegID" | "CorpName" | "CEOName" | "Email1" | "Email2"}`
  | `trustee${"CorpNum" | "TaxRegID" | "CorpName" | "CEOName" | "Email"}`
>;

/** SELL: the member invoices; BUY: it is invoiced; TRUSTEE: it issues on a seller's behalf. */
function parties(
  random: SeededRandom,
  member: MemberIdentity,
  direction: CrawlDirection,
): PartyFields {
  const self = memberParty(member);
  const other = random.pick(COUNTERPARTS);
  // A trustee issues for a seller other than the buyer: the next counterpart in the pool.
  const seller = COUNTERPARTS[(COUNTERPARTS.indexOf(other) + 1) % COUNTERPARTS.length] ?? other;
  const invoicer = direction === "BUY" ? other : direction === "SELL" ? self : seller;
  const invoicee = direction === "BUY" ? self : other;
  const trustee = direction === "TRUSTEE" ? self : undefined;
  const person = direction !== "BUY" && random.chance(0.05);
  const buyer: Party = person
    ? {
        ...invoicee,
        corpNum: `${random.digits(6)}${random.int(1, 4)}******`,
        taxRegID: "",
        corpName: personName(random),
        email: "",
      }
    : invoicee;
  return {
    invoicerCorpNum: invoicer.corpNum,
    invoicerTaxRegID: invoicer.taxRegID,
    invoicerCorpName: invoicer.corpName,
    invoicerCEOName: invoicer.ceoName,
    invoicerEmail: invoicer.email,
    invoiceeCorpNum: buyer.corpNum,
    invoiceeType: person ? "개인" : "사업자",
    invoiceeTaxRegID: buyer.taxRegID,
    invoiceeCorpName: buyer.corpName,
    invoiceeCEOName: person ? buyer.corpName : buyer.ceoName,
    invoiceeEmail1: buyer.email,
    invoiceeEmail2: "",
    trusteeCorpNum: trustee?.corpNum ?? "",
    trusteeTaxRegID: trustee?.taxRegID ?? "",
    trusteeCorpName: trustee?.corpName ?? "",
    trusteeCEOName: trustee?.ceoName ?? "",
    trusteeEmail: trustee?.email ?? "",
  };
}
