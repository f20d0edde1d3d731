import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { addKstMonths, parseKstDate } from "../kst.js";

/** Largest and default `PerPage` (popbill.md §3b). */
export const MAX_PER_PAGE = 1_000;
const DEFAULT_PER_PAGE = 500;

const CODE_FILTERS = {
  TradeType: { N: "승인거래", C: "취소거래" },
  TradeUsage: { P: "소득공제용", C: "지출증빙용" },
  TradeOpt: { N: "일반", B: "도서공연", T: "대중교통" },
  TaxationType: { T: "과세", N: "비과세" },
} as const;

type CodeFilterName = keyof typeof CODE_FILTERS;

/** A parsed `GET /Cashbill/Search` query. */
export interface SearchQuery {
  /** R registered, T trade date, I issue date. */
  readonly dType: "R" | "T" | "I";
  readonly sDate: string;
  readonly eDate: string;
  readonly states: readonly RegExp[] | undefined;
  readonly values: Readonly<Partial<Record<CodeFilterName, ReadonlySet<string>>>>;
  /** Whitespace-separated parts of QString; each must occur in the identity number [INF]. */
  readonly qParts: readonly string[];
  readonly franchiseTaxRegIds: ReadonlySet<string> | undefined;
  readonly order: "D" | "A";
  readonly page: number;
  readonly perPage: number;
}

/**
 * Parses the search parameters (names matched case-insensitively); a bad value is a
 * 400 `-10000001` ([INF] POPBiLL's code for bad search input is undocumented).
 */
export function parseSearchQuery(query: URLSearchParams): SearchQuery {
  const params = new Map<string, string>();
  for (const [name, value] of query) params.set(name.toLowerCase(), value.trim());
  const get = (name: string) => params.get(name.toLowerCase()) || undefined;
  const dType = get("DType");
  if (dType !== "R" && dType !== "T" && dType !== "I") throw bad("DType must be R, T or I");
  const { sDate, eDate } = readRange(get("SDate"), get("EDate"));
  const values: Partial<Record<CodeFilterName, ReadonlySet<string>>> = {};
  for (const name of Object.keys(CODE_FILTERS) as CodeFilterName[]) {
    const list = get(name);
    if (list !== undefined) values[name] = readCodes(name, list);
  }
  const order = get("Order") ?? "D";
  if (order !== "D" && order !== "A") throw bad("Order must be D or A");
  return {
    dType,
    sDate,
    eDate,
    states: readStates(get("State")),
    values,
    qParts: (get("QString") ?? "").split(/\s+/).filter((part) => part !== ""),
    franchiseTaxRegIds: listOrUndefined(get("FranchiseTaxRegID")),
    order,
    page: readInt("Page", get("Page"), 1, 1, Number.MAX_SAFE_INTEGER),
    perPage: readInt("PerPage", get("PerPage"), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
  };
}

function readRange(sDate: string | undefined, eDate: string | undefined) {
  const from = sDate === undefined ? undefined : parseKstDate(sDate);
  const to = eDate === undefined ? undefined : parseKstDate(eDate);
  if (sDate === undefined || eDate === undefined || from === undefined || to === undefined)
    throw bad("SDate and EDate must be yyyyMMdd dates");
  if (from > to) throw bad("SDate must not be after EDate");
  // [INF] "at most 6 months": EDate may be SDate plus six calendar months, inclusive.
  if (to > addKstMonths(from, 6)) throw bad("the search range must not exceed 6 months");
  return { sDate, eDate };
}

function readStates(list: string | undefined): RegExp[] | undefined {
  if (list === undefined) return undefined;
  return list.split(",").map((code) => {
    if (!/^[0-9*]{3}$/.test(code.trim()))
      throw bad(`State ${code} must be 3 digits or * wildcards`);
    return new RegExp(`^${code.trim().replace(/\*/g, "\\d")}$`);
  });
}

function readCodes(name: CodeFilterName, list: string): Set<string> {
  const table: Record<string, string> = CODE_FILTERS[name];
  return new Set(
    list.split(",").map((code) => {
      const value = table[code.trim()];
      if (value === undefined)
        throw bad(`${name} must be a list of ${Object.keys(table).join(", ")}`);
      return value;
    }),
  );
}

function listOrUndefined(list: string | undefined): Set<string> | undefined {
  return list === undefined ? undefined : new Set(list.split(",").map((item) => item.trim()));
}

function readInt(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw bad(`${name} must be a whole number from ${min} to ${max}`);
  return value;
}

function bad(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}
