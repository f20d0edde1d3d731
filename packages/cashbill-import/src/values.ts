/** A parsed cell: its value, or why it could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

/**
 * A KRW amount as spreadsheets write it: `12,000`, `12000원`, `₩12,000`, `12 000`. Whole
 * numbers only; negative amounts are refused (a 취소거래 states the cancelled amount).
 */
export function parseAmount(text: string): Parsed<number> {
  const compact = text
    .replace(/[\s,]/g, "")
    .replace(/^(₩|\\|KRW)/i, "")
    .replace(/(원|KRW)$/i, "");
  if (/^-\d+(\.0+)?$/.test(compact)) return bad("must not be negative");
  const m = /^(\d+)(\.0+)?$/.exec(compact);
  if (!m) return bad(`must be a whole number of KRW, like 12,000 (got "${text}")`);
  const value = Number(m[1]);
  if (value > 999_999_999) return bad("must be at most 999,999,999 (9 digits)");
  return ok(value);
}

/** Korean and English spellings of each enum value (compared without spaces, any case). */
export const ENUM_VALUES = {
  tradeType: {
    APPROVAL: ["승인거래", "승인", "거래승인", "approval"],
    CANCEL: ["취소거래", "취소", "승인취소", "cancel"],
  },
  tradeUsage: {
    INCOME_DEDUCTION: ["소득공제용", "소득공제", "income_deduction"],
    EXPENSE_PROOF: ["지출증빙용", "지출증빙", "expense_proof"],
  },
  taxationType: {
    TAXABLE: ["과세", "taxable"],
    TAX_FREE: ["비과세", "면세", "tax_free"],
  },
  tradeOption: {
    GENERAL: ["일반", "general"],
    BOOKS_PERFORMANCES: ["도서공연", "books_performances"],
    PUBLIC_TRANSPORT: ["대중교통", "public_transport"],
  },
  cancelType: {
    TRANSACTION_CANCELLED: ["거래취소", "transaction_cancelled"],
    ISSUED_IN_ERROR: ["오류발급취소", "issued_in_error"],
    OTHER: ["기타", "other"],
  },
} as const;

/** A field with enum values. */
export type EnumField = keyof typeof ENUM_VALUES;

/** The schema's enum value for a Korean or English spelling. */
export function parseEnum<F extends EnumField>(
  field: F,
  text: string,
): Parsed<keyof (typeof ENUM_VALUES)[F] & string> {
  const key = text.replace(/\s+/g, "").toLowerCase();
  const values = ENUM_VALUES[field] as Record<string, readonly string[]>;
  for (const [value, spellings] of Object.entries(values)) {
    if (spellings.includes(key)) return ok(value as keyof (typeof ENUM_VALUES)[F] & string);
  }
  const allowed = Object.entries(values).map(([value, spellings]) => `${spellings[0]}/${value}`);
  return bad(`must be one of ${allowed.join(", ")} (got "${text}")`);
}

const DATE_TIME =
  /^(\d{4})[-./]?(\d{1,2})[-./]?(\d{1,2})\.?(?:[ T]?(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?$/;

/**
 * A Korean trade date or time: `2026-12-07`, `20261207`, `2026.12.07`, `2026/12/07`, each
 * optionally with `14:23[:05]` (or `20261207142305`), taken as Korea time; or an ISO-8601
 * instant with an offset. Returns ISO-8601 with +09:00 (a date alone is 00:00:00 that day, so
 * the same file always gives the same receipts).
 */
export function parseTradeAt(text: string): Parsed<string> {
  const iso = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(
    text,
  );
  if (iso) {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) return bad(`is not a real time (got "${text}")`);
    return ok(toKstIso(ms));
  }
  const m = DATE_TIME.exec(text.trim());
  if (!m) return bad(`must be a date like 2026-12-07 or 2026-12-07 14:23:05 (got "${text}")`);
  const [, y = "", mo = "", d = "", h = "0", mi = "0", s = "0"] = m;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - 9 * 3_600_000;
  const back = new Date(ms + 9 * 3_600_000);
  if (back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59)
    return bad(`is not a real date (got "${text}")`);
  return ok(toKstIso(ms));
}

/** A calendar date (`yyyy-MM-dd`) in any of the forms {@link parseTradeAt} reads. */
export function parseDate(text: string): Parsed<string> {
  const parsed = parseTradeAt(text);
  return parsed.ok ? ok(parsed.value.slice(0, 10)) : parsed;
}

/** An instant as `yyyy-MM-ddTHH:mm:ss+09:00`. */
export function toKstIso(ms: number): string {
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19) + "+09:00";
}
