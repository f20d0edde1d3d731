import { SeededRandom } from "./random.js";

/** A business that appears in crawled documents. */
export interface Party {
  /** Business registration number, 10 digits with a valid check digit. */
  readonly corpNum: string;
  /** 종사업장번호 (4 digits), or "" for a business without branches. */
  readonly taxRegID: string;
  readonly corpName: string;
  readonly ceoName: string;
  readonly email: string;
  /** HTCashbill `franchiseCorpType` when the party issues cash receipts [INF: 1 일반, 2 간이, 5 법인]. */
  readonly corpType: number;
}

const STEMS = [
  "한빛",
  "새솔",
  "푸른",
  "대한",
  "동방",
  "미래",
  "가온",
  "나래",
  "다온",
  "해담",
  "별빛",
  "청솔",
  "누리",
  "한결",
  "바른",
  "세종",
  "태평",
  "하늘",
  "금강",
  "보람",
  "새길",
  "두레",
  "아람",
  "한울",
];
const TRADES = [
  "상사",
  "물산",
  "유통",
  "식품",
  "테크",
  "전자",
  "산업",
  "기획",
  "디자인",
  "건설",
  "무역",
  "컴퍼니",
];
const SURNAMES = [
  "김",
  "이",
  "박",
  "최",
  "정",
  "강",
  "조",
  "윤",
  "장",
  "임",
  "한",
  "오",
  "서",
  "신",
];
const GIVEN = [
  "민준",
  "서연",
  "도윤",
  "지우",
  "하준",
  "서윤",
  "은우",
  "지민",
  "현우",
  "수아",
  "건우",
  "예린",
  "우진",
  "하은",
  "선호",
  "유나",
  "태윤",
  "채원",
];
const ROMAN = ["hanbit", "saesol", "pureun", "daehan", "dongbang", "mirae", "gaon", "narae"];

const BRN_WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5];

/** Appends the check digit of a business registration number to its first 9 digits. */
export function withCheckDigit(first9: string): string {
  const digits = [...first9].map(Number);
  let sum = 0;
  BRN_WEIGHTS.forEach((weight, i) => (sum += (digits[i] ?? 0) * weight));
  sum += Math.floor(((digits[8] ?? 0) * 5) / 10);
  return `${first9}${(10 - (sum % 10)) % 10}`;
}

/** A person's name. */
export function personName(random: SeededRandom): string {
  return `${random.pick(SURNAMES)}${random.pick(GIVEN)}`;
}

function makeParty(random: SeededRandom, index: number): Party {
  const incorporated = random.chance(0.6);
  const stem = STEMS[index % STEMS.length] ?? "한빛";
  const trade = TRADES[(index * 7) % TRADES.length] ?? "상사";
  const kind = incorporated ? random.pick(["81", "86", "87"]) : String(random.int(10, 79));
  const first9 = `${random.int(101, 899)}${kind}${random.digits(4)}`;
  return {
    corpNum: withCheckDigit(first9),
    taxRegID: random.chance(0.2) ? `000${random.int(1, 3)}` : "",
    corpName: incorporated ? `(주)${stem}${trade}` : `${stem}${trade}`,
    ceoName: personName(random),
    email: `tax${index + 1}@${random.pick(ROMAN)}${index + 1}.example.co.kr`,
    corpType: incorporated
      ? 5
      : random.weighted([
          [1, 3],
          [2, 1],
        ] as const),
  };
}

/** The fixed pool of counterparts every crawl draws from (the same in every sandbox). */
export const COUNTERPARTS: readonly Party[] = (() => {
  const random = new SeededRandom("korbill-hometax-counterparts");
  return Array.from({ length: 48 }, (_, index) => makeParty(random, index));
})();

/** The member as a party of its own documents. */
export function memberParty(self: { corpNum: string; corpName: string; ceoName: string }): Party {
  return {
    corpNum: self.corpNum,
    taxRegID: "",
    corpName: self.corpName,
    ceoName: self.ceoName,
    email: `tax@${self.corpNum}.example.co.kr`,
    corpType: 5,
  };
}
