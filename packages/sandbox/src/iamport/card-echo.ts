import { type IamportBody } from "./body.js";
import { textField } from "./fields.js";

/** A refusal of the next card authentication (issue, `onetime`, new-key `schedule`). */
export interface CardRefusal {
  /** The card company's text, after the context's prefix (e.g. `[F113]거래거절 분실카드`). */
  readonly reason: string;
  /** Quote the request's card fields after the reason, as a careless PG does. */
  readonly echoCard?: boolean;
}

/**
 * Test control: refusals of the next card authentications, in order. The real API refuses
 * well-formed cards too (stolen, suspended, wrong PIN digits), which the sandbox cannot tell
 * from the number alone (iamport.md §9: no magic card numbers).
 */
export class CardRefusals {
  readonly #queue: CardRefusal[] = [];

  /** Queues a refusal for the next card authentication. */
  add(refusal: CardRefusal): this {
    if (typeof refusal?.reason !== "string" || refusal.reason === "")
      throw new TypeError("a card refusal needs a reason");
    this.#queue.push({ reason: refusal.reason, echoCard: refusal.echoCard === true });
    return this;
  }

  /** Consumes the next refusal, if any. */
  next(): CardRefusal | undefined {
    return this.#queue.shift();
  }

  /** The refusals not yet used. */
  pending(): CardRefusal[] {
    return [...this.#queue];
  }

  /** Forgets every queued refusal. */
  clear(): void {
    this.#queue.length = 0;
  }
}

/**
 * The request's card fields as a careless PG quotes them back: the raw fields as sent, then
 * reprinted the way card slips do (number in groups of four with spaces, expiry as `MM/YY` and
 * `YYYYMM`, the PIN digits with their Korean label). [INF] No observed i'mport text does this,
 * but PG texts pass through unfiltered (iamport.md §3), so clients must redact whatever comes
 * back; this lets their tests prove it. Empty when the request carries no card fields.
 */
export function cardEcho(body: IamportBody): string {
  const number = textField(body, "card_number");
  if (number === undefined) return "";
  const expiry = textField(body, "expiry") ?? "";
  const birth = textField(body, "birth") ?? "";
  const pwd = textField(body, "pwd_2digit") ?? "";
  const raw = JSON.stringify({ card_number: number, expiry, birth, pwd_2digit: pwd });
  const digits = number.replace(/\D/g, "");
  const grouped = digits.replace(/(\d{4})(?=\d)/g, "$1 ");
  const [year = "", month = ""] = expiry.split("-");
  return (
    ` (요청 ${raw}; 카드번호 ${grouped} 유효기간 ${month}/${year.slice(2)} (${year}${month})` +
    ` 생년월일 ${birth} 비밀번호 앞 2자리 ${pwd})`
  );
}
