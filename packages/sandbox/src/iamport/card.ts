import { type IamportBody } from "./body.js";
import { type CardRefusal, cardEcho } from "./card-echo.js";
import { textField } from "./fields.js";
import { IamportError, missing } from "./reply.js";

/** What the sandbox keeps of a card: the mask and what the BIN tells, never the number. */
export interface MaskedCard {
  readonly card_number: string;
  readonly card_code: string;
  readonly card_name: string;
  readonly card_type: 0 | 1;
}

/** Where card data arrives; decides the failure wording (iamport.md §3, observed texts). */
export type CardContext = "issue" | "onetime" | "schedule";

const CONTEXTS: Record<CardContext, { code: number; prefix: string; badNumber: string }> = {
  issue: {
    code: -1,
    prefix: "카드정보 인증 및 빌키 발급에 실패하였습니다.",
    badNumber: "[F112]유효하지않은 카드번호를 입력하셨습니다. (card_bin 없음)",
  },
  onetime: {
    code: -1,
    prefix: "카드정보 인증에 실패하였습니다.",
    badNumber: "[F113]거래거절 카드번호틀림",
  },
  // [INF] the observed text is `카드정보 확인에 실패하였습니다. [F113]…`; the tail is borrowed from onetime
  schedule: {
    code: 1,
    prefix: "카드정보 확인에 실패하였습니다.",
    badNumber: "[F113]거래거절 카드번호틀림",
  },
};

/**
 * Card issuers the sandbox assigns by BIN, deterministically (`BIN mod 8`) [INF]: real BIN
 * tables are not public. Ordered so that the §8.2 vector's BIN 123456 is 신한카드 `366`.
 */
const ISSUERS = [
  ["366", "신한카드"],
  ["361", "BC카드"],
  ["367", "현대카드"],
  ["381", "KB국민카드"],
  ["365", "삼성카드"],
  ["368", "롯데카드"],
  ["371", "NH농협카드"],
  ["041", "우리카드"],
] as const;

/**
 * [INF] The §8.2 vector's card `1234-5678-9012-3456` fails the Luhn check but is issued
 * successfully there; it is accepted so that the shared vector holds.
 */
const LUHN_EXEMPT = new Set(["1234567890123456"]);

/**
 * Validates the card fields of an issue, `onetime` or new-key `schedule` request and
 * returns only the masked view. Missing `card_number`/`expiry` is a 400; a bad number
 * (format or Luhn), a past expiry, a malformed `birth` or `pwd_2digit` is an HTTP 200
 * failure worded as the real API words card rejections. A well-formed card is then refused
 * when `refusal` yields one (the test control `IamportState.cardRefusals`).
 */
export function validateCard(
  body: IamportBody,
  context: CardContext,
  nowMs: number,
  refusal: () => CardRefusal | undefined = () => undefined,
): MaskedCard {
  const number = textField(body, "card_number");
  const expiry = textField(body, "expiry");
  if (number === undefined || expiry === undefined)
    throw missing(
      ...(number === undefined ? ["card_number"] : []),
      ...(expiry === undefined ? ["expiry"] : []),
    );
  const { code, prefix, badNumber } = CONTEXTS[context];
  const reject = (reason: string) => new IamportError(200, code, `${prefix} ${reason}`);
  const digits = cardDigits(number);
  if (digits === undefined || (!luhnValid(digits) && !LUHN_EXEMPT.has(digits)))
    throw reject(badNumber);
  if (!expiryValid(expiry, nowMs)) throw reject("유효기간 오류");
  const birth = textField(body, "birth");
  // [INF] wording of the birth and PIN failures
  if (birth !== undefined && !/^(\d{6}|\d{10})$/.test(birth))
    throw reject("생년월일(또는 사업자등록번호) 형식 오류");
  const pwd = textField(body, "pwd_2digit");
  if (pwd !== undefined && !/^\d{2}$/.test(pwd)) throw reject("비밀번호 앞 2자리 형식 오류");
  const refused = refusal();
  if (refused) throw reject(refused.reason + (refused.echoCard ? cardEcho(body) : ""));
  return describeCard(digits);
}

/** The 15 or 16 digits of `dddd-dddd-dddd-dddd`, or of 15-16 digits with or without dashes [INF]. */
export function cardDigits(cardNumber: string): string | undefined {
  if (!/^\d+(-\d+)*$/.test(cardNumber)) return undefined;
  const digits = cardNumber.replaceAll("-", "");
  return digits.length === 15 || digits.length === 16 ? digits : undefined;
}

/** The Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether `YYYY-MM` is a real month not before the current month in KST [INF: KST]. */
export function expiryValid(expiry: string, nowMs: number): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(expiry);
  if (!match) return false;
  const kst = new Date(nowMs + 9 * 60 * 60 * 1000);
  const current = kst.getUTCFullYear() * 12 + kst.getUTCMonth();
  return Number(match[1]) * 12 + Number(match[2]) - 1 >= current;
}

/** The mask (first 6 and last 4 digits kept, `123456******3456`), issuer and type by BIN. */
export function describeCard(digits: string): MaskedCard {
  const bin = digits.slice(0, 6);
  const [cardCode, cardName] = ISSUERS[Number(bin) % ISSUERS.length] ?? ISSUERS[0];
  return {
    card_number: `${bin}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`,
    card_code: cardCode,
    card_name: cardName,
    // [INF] a check card (1) when the BIN's last digit is odd, else credit (0)
    card_type: Number(bin.at(-1)) % 2 === 1 ? 1 : 0,
  };
}
