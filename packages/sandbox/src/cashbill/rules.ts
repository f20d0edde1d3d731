import { CASHBILL_CODES as C, refuse } from "./codes.js";
import { type FieldReader } from "./fields.js";

const CORP_NUM = /^\d{10}$/;
const IDENTITY_NUM = /^\d{10,19}$/;

/** Sandbox trigger: an identity number ending in this is refused at issuance (`-14001006`). */
export const REFUSED_IDENTITY_SUFFIX = "4444";

/** `franchiseCorpNum`: present (`-14001001`), 10 digits and the member's own (`-14001002`). */
export function readSeller(fields: FieldReader, corpNum: string): string {
  const seller = fields.text("franchiseCorpNum");
  if (seller === undefined)
    throw refuse(C.sellerMissing, "가맹점 사업자번호(franchiseCorpNum)가 입력되지 않았습니다.");
  if (!CORP_NUM.test(seller))
    throw refuse(
      C.sellerInvalid,
      `가맹점 사업자번호(franchiseCorpNum ${seller})는 숫자 10자리입니다.`,
    );
  if (seller !== corpNum)
    throw refuse(
      C.sellerInvalid,
      `가맹점 사업자번호(${seller})가 연동회원 사업자번호(${corpNum})와 다릅니다.`,
    );
  return seller;
}

/** `identityNum`: present (`-14001004`), 10-19 digits (`-14001005` [INF]), not the refusal trigger (`-14001006` [INF]). */
export function readIdentityNum(fields: FieldReader): string {
  const identityNum = fields.text("identityNum");
  if (identityNum === undefined)
    throw refuse(C.identityMissing, "식별번호(identityNum)가 입력되지 않았습니다.");
  if (!IDENTITY_NUM.test(identityNum))
    throw refuse(C.identityInvalid, `식별번호(identityNum ${identityNum})는 숫자 10~19자리입니다.`);
  if (identityNum.endsWith(REFUSED_IDENTITY_SUFFIX))
    throw refuse(
      C.identityRefused,
      `발행이 거부된 식별번호입니다. (sandbox trigger: ends in ${REFUSED_IDENTITY_SUFFIX})`,
    );
  return identityNum;
}

/** A field that must be one of `allowed` (or `fallback` when absent); else `code`. */
export function oneOf<T extends string>(
  fields: FieldReader,
  name: string,
  allowed: readonly T[],
  fallback: T | undefined,
  code: number,
): T {
  const value = fields.text(name) ?? fallback;
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw refuse(code, `${name}는 ${allowed.join(", ")} 중 하나입니다. (${value ?? "없음"})`);
  return value as T;
}

/** A whole, non-negative amount: absent or not a number -> `missing`, below zero -> `negative`. */
export function amount(
  fields: FieldReader,
  name: string,
  missing: number,
  negative: number,
): number {
  const value = fields.integer(name);
  // [INF] a value that is not a whole number is reported with the "missing" code.
  if (value === "missing" || value === "invalid")
    throw refuse(missing, `${name}가 입력되지 않았거나 숫자가 아닙니다.`);
  if (value < 0) throw refuse(negative, `${name}는 0 이상이어야 합니다. (${value})`);
  return value;
}
