/**
 * The English enums of the points domain, shared by validation, mapping and the GraphQL
 * schema. Plain TypeScript (no GraphQL import) so scripts can use them; the schema registers
 * them in `graphql/enums.ts`. Every enum read from upstream codes has UNKNOWN, and the raw code
 * always travels beside it, so a new upstream value never breaks a query.
 */
/** The POPBiLL services whose price a member can ask for (their scopes and paths: client/services.ts). */
export enum PointsService {
  /** 현금영수증 (scope 140). */
  CASHBILL = "CASHBILL",
  /** 홈택스 현금영수증 수집 (scope 141). */
  HOMETAX_CASHBILL = "HOMETAX_CASHBILL",
  /** 홈택스 전자세금계산서 수집 (scope 111). */
  HOMETAX_TAXINVOICE = "HOMETAX_TAXINVOICE",
  /** 예금주 성명조회 (scopes 182, 183; serviceType 성명). */
  ACCOUNT_CHECK_NAME = "ACCOUNT_CHECK_NAME",
  /** 예금주 실명조회 (scopes 182, 183; serviceType 실명). */
  ACCOUNT_CHECK_REAL_NAME = "ACCOUNT_CHECK_REAL_NAME",
}

/** Sort order of the points ledger (GetUseHistory `Order`). */
export enum PointsSortOrder {
  DESC = "DESC",
  ASC = "ASC",
}

/** Where a bank-transfer charge stands, from `settleState`. [INF] 1/2/3, see codes.ts. */
export enum PaymentStatus {
  PENDING = "PENDING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

/** Where a refund request stands, from `state`. [INF] 1/2/3, see codes.ts. */
export enum RefundStatus {
  REQUESTED = "REQUESTED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

/** The POPBiLL service a ledger entry belongs to, from `itemCode` (popbill.md §1.5). */
export enum PointsItem {
  TAXINVOICE = "TAXINVOICE",
  HOMETAX_TAXINVOICE = "HOMETAX_TAXINVOICE",
  STATEMENT = "STATEMENT",
  CASHBILL = "CASHBILL",
  HOMETAX_CASHBILL = "HOMETAX_CASHBILL",
  MESSAGE = "MESSAGE",
  KAKAO = "KAKAO",
  FAX = "FAX",
  CLOSEDOWN = "CLOSEDOWN",
  BIZ_INFO_CHECK = "BIZ_INFO_CHECK",
  EASYFIN_BANK = "EASYFIN_BANK",
  ACCOUNT_CHECK_NAME = "ACCOUNT_CHECK_NAME",
  ACCOUNT_CHECK_REAL_NAME = "ACCOUNT_CHECK_REAL_NAME",
  UNKNOWN = "UNKNOWN",
}

/** Whose identity an account-holder verification compares against. */
export enum IdentityType {
  /** 개인: the holder's birth date, yyMMdd (wire `P`). */
  PERSON = "PERSON",
  /** 사업자: the holder's business registration number (wire `B`). */
  BUSINESS = "BUSINESS",
}

/** How an account-holder check ended, from its `result` code. [INF] `0000` = success. */
export enum AccountCheckOutcome {
  SUCCESS = "SUCCESS",
  FAILURE = "FAILURE",
  UNKNOWN = "UNKNOWN",
}

/** What a member's contact (POPBiLL login) may see, from `searchRole`. */
export enum ContactRole {
  /** 1 개인권한: own documents only. */
  PERSONAL = "PERSONAL",
  /** 2 읽기권한: read the company's documents. */
  READ = "READ",
  /** 3 회사권한: act on all of the company's documents. */
  COMPANY = "COMPANY",
  UNKNOWN = "UNKNOWN",
}

/** The members of a string enum. */
export function enumValues<E extends Record<string, string>>(enumObj: E): E[keyof E][] {
  return Object.values(enumObj) as E[keyof E][];
}

/** True when `value` is one of `enumObj`'s members (defends against raw strings from scripts). */
export function isEnumValue<E extends Record<string, string>>(
  enumObj: E,
  value: unknown,
): value is E[keyof E] {
  return enumValues(enumObj).some((member) => member === value);
}
