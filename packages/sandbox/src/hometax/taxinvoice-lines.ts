import { type SeededRandom } from "./random.js";
import { type HTTaxinvoiceRow } from "./types.js";

const ITEMS: readonly (readonly [string, string])[] = [
  ["사무용품", "BOX"],
  ["소프트웨어 라이선스", "식"],
  ["컨설팅 용역", "월"],
  ["원자재", "KG"],
  ["유지보수 용역", "월"],
  ["광고 대행", "건"],
  ["운송비", "회"],
  ["전산장비", "EA"],
  ["포장재", "ROLL"],
  ["인쇄물", "부"],
];
const TAX_FREE_ITEMS: readonly (readonly [string, string])[] = [
  ["도서", "권"],
  ["농산물", "KG"],
  ["교육 용역", "월"],
];

/** The item and amount fields of a tax invoice. */
export type LineFields = Pick<
  HTTaxinvoiceRow,
  | "taxType"
  | "itemName"
  | "spec"
  | "qty"
  | "unitCost"
  | "supplyCost"
  | "tax"
  | "supplyCostTotal"
  | "taxTotal"
  | "totalAmount"
>;

/**
 * The first item (all HTTaxinvoiceAbbr shows) and the totals. 과세 carries 10 % tax (floored),
 * 영세 and 면세 none; a modified invoice (a return, 환입) has negative quantities and amounts.
 */
export function lines(random: SeededRandom, modified: boolean): LineFields {
  const taxType = random.weighted([
    ["과세", 75],
    ["영세", 10],
    ["면세", 15],
  ] as const);
  const [itemName, spec] = random.pick(taxType === "면세" ? TAX_FREE_ITEMS : ITEMS);
  const qty = random.weighted([
    [1, 40],
    [random.int(2, 10), 40],
    [random.int(11, 200), 20],
  ] as const);
  const unitCost = random.amount(1_000, 5_000_000, 100);
  const sign = modified ? -1 : 1;
  const supplyCost = sign * qty * unitCost;
  const supplyCostTotal =
    supplyCost + (random.chance(0.4) ? sign * random.amount(10_000, 5_000_000, 100) : 0);
  const taxOf = (amount: number) =>
    taxType === "과세" ? Math.sign(amount) * Math.floor(Math.abs(amount) / 10) : 0;
  return {
    taxType,
    itemName,
    spec,
    qty: String(sign * qty),
    unitCost: String(unitCost),
    supplyCost: String(supplyCost),
    tax: String(taxOf(supplyCost)),
    supplyCostTotal: String(supplyCostTotal),
    taxTotal: String(taxOf(supplyCostTotal)),
    totalAmount: String(supplyCostTotal + taxOf(supplyCostTotal)),
  };
}
