import { type ProblemList } from "@korbill/core-domain";
import {
  HometaxPurposeType,
  HometaxSortOrder,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
} from "../enums.js";
import type {
  HometaxCashbillFilterFields,
  HometaxPaging,
  HometaxTaxinvoiceFilterFields,
} from "../map/inputs.js";
import { HOMETAX_LIMITS, at, checkEnum, checkEnumList, given } from "./rules.js";

/** True when `value` is given and is an object; records a problem when it is given otherwise. */
function isObjectOrAbsent<T>(
  problems: ProblemList,
  value: T | null | undefined,
  path: string,
): value is T {
  if (value === undefined || value === null) return false;
  return problems.check(typeof value === "object", path, "must be an object of filters");
}

/** Checks paging into `problems`: page ≥ 1, perPage 1..1000, order known. */
export function checkPaging(problems: ProblemList, paging: HometaxPaging): void {
  if (given(paging.page))
    problems.check(
      Number.isInteger(paging.page) && paging.page >= 1,
      "page",
      "must be a whole number ≥ 1",
    );
  if (given(paging.perPage))
    problems.check(
      Number.isInteger(paging.perPage) &&
        paging.perPage >= 1 &&
        paging.perPage <= HOMETAX_LIMITS.maxPerPage,
      "perPage",
      `must be a whole number from 1 to ${HOMETAX_LIMITS.maxPerPage}`,
    );
  checkEnum(problems, HometaxSortOrder, paging.order, "order", false);
}

/** Checks cash-receipt filters into `problems`. */
export function checkCashbillFilters(
  problems: ProblemList,
  filters: HometaxCashbillFilterFields | null | undefined,
  path: string,
): void {
  if (!isObjectOrAbsent(problems, filters, path)) return;
  checkEnumList(problems, HometaxTradeType, filters.tradeTypes, at(path, "tradeTypes"));
  checkEnumList(problems, HometaxTradeUsage, filters.tradeUsages, at(path, "tradeUsages"));
}

function checkTaxRegIds(
  problems: ProblemList,
  f: HometaxTaxinvoiceFilterFields,
  path: string,
): void {
  const ids = f.taxRegIds;
  if (ids === undefined || ids === null) return;
  if (!problems.check(Array.isArray(ids), at(path, "taxRegIds"), "must be a list")) return;
  problems.check(
    ids.length <= HOMETAX_LIMITS.maxTaxRegIds,
    at(path, "taxRegIds"),
    `must have at most ${HOMETAX_LIMITS.maxTaxRegIds} entries`,
  );
  ids.forEach((id, i) =>
    problems.check(
      typeof id === "string" && HOMETAX_LIMITS.taxRegId.test(id),
      at(at(path, "taxRegIds"), i),
      "must be 4 digits",
    ),
  );
  if (ids.length === 0) return;
  problems.check(
    given(f.taxRegIdParty),
    at(path, "taxRegIdParty"),
    "is required with taxRegIds (whose branch numbers they are)",
  );
  problems.check(
    f.hasTaxRegId !== false,
    at(path, "hasTaxRegId"),
    "cannot be false while taxRegIds asks for branch numbers",
  );
}

/** Checks tax-invoice filters into `problems`. */
export function checkTaxinvoiceFilters(
  problems: ProblemList,
  filters: HometaxTaxinvoiceFilterFields | null | undefined,
  path: string,
): void {
  if (!isObjectOrAbsent(problems, filters, path)) return;
  const f = filters;
  checkEnumList(problems, HometaxTaxinvoiceKind, f.kinds, at(path, "kinds"));
  checkEnumList(problems, HometaxTaxType, f.taxTypes, at(path, "taxTypes"));
  checkEnumList(problems, HometaxPurposeType, f.purposeTypes, at(path, "purposeTypes"));
  checkEnum(problems, HometaxTaxRegIdParty, f.taxRegIdParty, at(path, "taxRegIdParty"), false);
  checkTaxRegIds(problems, f, path);
  if (given(f.hasTaxRegId))
    problems.check(
      typeof f.hasTaxRegId === "boolean",
      at(path, "hasTaxRegId"),
      "must be true or false",
    );
  if (given(f.searchString))
    problems.check(
      typeof f.searchString === "string" &&
        [...f.searchString].length <= HOMETAX_LIMITS.searchStringMax,
      at(path, "searchString"),
      `must be a string of at most ${HOMETAX_LIMITS.searchStringMax} characters`,
    );
}
