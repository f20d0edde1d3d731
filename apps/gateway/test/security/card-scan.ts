import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** A test card as the GraphQL `CardInput` takes it. */
export interface TestCard {
  number: string;
  /** `YYYY-MM`. */
  expiry: string;
  /** `YYMMDD`, or a 10-digit business number for a corporate card. */
  birth: string;
  pinPrefix: string;
}

/** One place a card value was found. */
export interface Hit {
  where: string;
  what: string;
  excerpt: string;
}

/**
 * Finds any of the cards' values in `text`: the number in any grouping (digit runs joined by
 * spaces or dashes are compared without separators), the expiry as YYYY-MM, YYYY/MM, YYYYMM,
 * MM/YY or MM/YYYY, the birth date or business number as a whole number, and the PIN digits
 * after a label (two digits alone are everywhere: amounts, dates, PG codes).
 */
export function scanForCards(where: string, text: string, cards: readonly TestCard[]): Hit[] {
  const hits: Hit[] = [];
  const add = (what: string, index: number) =>
    hits.push({ where, what, excerpt: text.slice(Math.max(0, index - 60), index + 80) });
  for (const card of cards) {
    const digits = card.number.replace(/\D/g, "");
    for (const m of text.matchAll(/\d(?:[\s-]*\d)*/g))
      if (m[0].replace(/\D/g, "").includes(digits)) add(`card number ${card.number}`, m.index);
    const [year, month] = card.expiry.split("-") as [string, string];
    const yy = year.slice(2);
    const expiries = [`${year}-${month}`, `${year}/${month}`, `${year}${month}`];
    expiries.push(`${month}/${yy}`, `${month}/${year}`);
    for (const shape of expiries) find(text, shape, (i) => add(`expiry ${shape}`, i));
    find(text, card.birth, (i) => add(`birth ${card.birth}`, i));
    const pin = new RegExp(
      `(?:pwd_2digit|pinPrefix|pwd|password|비밀번호(?:\\s*앞\\s*2\\s*자리)?)[^0-9]{0,8}${card.pinPrefix}(?!\\d)`,
      "gi",
    );
    for (const m of text.matchAll(pin)) add(`PIN digits ${card.pinPrefix}`, m.index);
  }
  return hits;
}

/** Every file of a directory tree as text (UTF-8; database pages are mostly ASCII and UTF-8). */
export function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push({ path, text: readFileSync(path).toString("utf8") });
  }
  return out;
}

function find(text: string, needle: string, onHit: (index: number) => void): void {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?<!\\d)${escaped}(?!\\d)`, "g"))) onHit(m.index);
}
