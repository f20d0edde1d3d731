import { ProblemList, checkTextInput } from "@korbill/core-domain";
import type {
  HometaxCashbillFilterFields,
  HometaxPaging,
  HometaxTaxinvoiceFilterFields,
} from "../map/inputs.js";
import { checkCashbillFilters, checkPaging, checkTaxinvoiceFilters } from "./filters.js";
import { checkJobId } from "./job.js";

/** Validates a cash-receipt search or summary: JobID, filters and (for search) paging. */
export function validateCashbillQuery(
  jobId: unknown,
  filters: HometaxCashbillFilterFields | null | undefined,
  paging?: HometaxPaging,
): void {
  const problems = new ProblemList();
  checkJobId(problems, jobId, "jobId");
  checkTextInput(problems, filters, "filters");
  checkCashbillFilters(problems, filters, "filters");
  if (paging) checkPaging(problems, paging);
  problems.throwIfAny();
}

/** Validates a tax-invoice search or summary: JobID, filters and (for search) paging. */
export function validateTaxinvoiceQuery(
  jobId: unknown,
  filters: HometaxTaxinvoiceFilterFields | null | undefined,
  paging?: HometaxPaging,
): void {
  const problems = new ProblemList();
  checkJobId(problems, jobId, "jobId");
  checkTextInput(problems, filters, "filters");
  checkTaxinvoiceFilters(problems, filters, "filters");
  if (paging) checkPaging(problems, paging);
  problems.throwIfAny();
}
