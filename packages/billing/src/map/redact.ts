import type { WireCardFields } from "../wire.js";

/** What replaces card data in text. */
export const REDACTED = "[redacted]";

/*
 * What counts as card data in free text, and the trade-off. i'mport passes PG texts through
 * unfiltered (iamport.md §3), and a PG may quote the request: the card number in any grouping,
 * the expiry, the birth date (or, for a corporate card, the 10-digit business number) and the
 * first two PIN digits. The patterns below are applied ONLY to free text (messages, reasons,
 * names), never to identifiers, amounts or timestamps, which korbill keeps verbatim; so they
 * may err on the side of masking. What a legitimate text can lose:
 * - any run of 13+ digits, even grouped by spaces, dashes, dots or slashes (a long account or
 *   resident number too, which is personal data as well);
 * - any 10-digit number shaped like a business number (also an epoch second);
 * - `YYYY-MM`, `YYYY/MM`, `YYYYMM` (not a full date `YYYY-MM-DD`), `MM/YY`, `MM/YYYY`;
 * - a standalone 6-digit `YYMMDD` date (not one followed by 원/KRW, nor a masked BIN `411111**`);
 * - digits after a card label (`card_number`, `expiry`, `birth`, `pwd_2digit`, `pwd`, `cvc`,
 *   `카드번호`, `유효기간`, `생년월일`, `비밀번호 앞 2자리`, ...).
 * The business-number, expiry and birth-date shapes spare digits inside an identifier token
 * (letters, digits, `_` or `-` around them, as in `sub_1001_202501`), so merchant_uids quoted in
 * a message survive; a card number does not, whatever surrounds it. Two PIN digits without a label cannot be told from any other number and are not masked:
 * they are only a secret next to a label. Amounts (fields, or `9,900원` in text), merchant_uids
 * and 8-digit dates survive. The visible cost: an order name the merchant chose, echoed by
 * i'mport, loses such shapes too (`2026-12 정기결제` comes back as `[redacted] 정기결제`);
 * accepted, since a name field is exactly where a careless PG or client may put card data.
 */

const ASCII_LABELS = [
  "card_?number",
  "card_?no",
  "cardno",
  "expiry",
  "exp(?:iry)?_?date",
  "exp",
  "birth(?:day|_?date)?",
  "pwd_2digit",
  "pwd",
  "passwd",
  "password",
  "pin(?:_?prefix)?",
  "cvc",
  "cvv",
].join("|");
const KOREAN_LABELS = [
  "카드\\s*번호",
  "유효\\s*기간",
  "생년월일",
  "생일",
  "사업자(?:\\s*등록)?\\s*번호",
  "비밀\\s*번호(?:\\s*앞\\s*(?:2|두)\\s*자리)?",
].join("|");
// Between a label and its value: quotes (also JSON-escaped ones), `:`/`=`, a Korean particle.
const SEPARATOR = String.raw`(?:\\?["'])?\s*(?:[:=：]|는|은)?\s*(?:\\?["'])?\s*`;
const LABELLED = new RegExp(
  `((?:\\b(?:${ASCII_LABELS})\\b|${KOREAN_LABELS})${SEPARATOR})\\d(?:[\\d ./-]*\\d)?(?!\\s*자리)`,
  "gi",
);
/** Digit groups joined by spaces, dashes, dots or slashes: a card number at 13+ digits. */
const DIGIT_CHUNK = /\d+(?:[ \t./\-\u2010-\u2015]{1,3}\d+)*/g;
const BUSINESS_NUMBER = /(?<![\w-])\d{3}-?\d{2}-?\d{5}(?![\w-])/g;
const YEAR_MONTH = /(?<![\w-])(?:19|20)\d{2}[-/.]?(?:0[1-9]|1[0-2])(?![-/.]?\d|\w)/g;
const MONTH_YEAR = /(?<![\d/])(?:0[1-9]|1[0-2])\/(?:\d{4}|\d{2})(?![\d/])/g;
const YYMMDD = /(?<![\w-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w*-]|\s*(?:원|KRW))/g;

/**
 * THE redaction of free text from i'mport (and of anything korbill logs about a payment): the
 * given request values, then every shape of card data described above, replaced by
 * {@link REDACTED}. Idempotent.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out
    .replace(LABELLED, `$1${REDACTED}`)
    .replace(DIGIT_CHUNK, (run) => (run.replace(/\D/g, "").length >= 13 ? REDACTED : run))
    .replace(BUSINESS_NUMBER, REDACTED)
    .replace(YEAR_MONTH, REDACTED)
    .replace(MONTH_YEAR, REDACTED)
    .replace(YYMMDD, REDACTED);
}

/** The card values of a request that must never appear in a message. */
export function cardSecrets(card: Partial<WireCardFields> | undefined): string[] {
  if (!card) return [];
  const values = [card.card_number, card.expiry, card.birth, card.cvc, card.pwd_2digit];
  const out: string[] = [];
  for (const value of values) {
    if (!value) continue;
    out.push(value, value.replace(/\D/g, ""));
  }
  // [INF] Two-digit values (PIN prefix, CVC fragments) are only removed after a label (above):
  // replacing every "12" would also mangle PG codes such as "[F112]".
  return [...new Set(out)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}
