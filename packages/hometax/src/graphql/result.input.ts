import { Field, InputType } from "type-graphql";
import type { HometaxCashbillFilterFields, HometaxTaxinvoiceFilterFields } from "../map/inputs.js";
import {
  HometaxPurposeType,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
} from "./enums.js";

/** Filters of crawled cash receipts. */
@InputType("HometaxCashbillFilter", {
  description: "Narrows crawled cash receipts. Leave a list out (or empty) for all values.",
})
export class HometaxCashbillFilter implements HometaxCashbillFilterFields {
  @Field(() => [HometaxTradeType], { nullable: true })
  tradeTypes?: HometaxTradeType[] | null;

  @Field(() => [HometaxTradeUsage], { nullable: true })
  tradeUsages?: HometaxTradeUsage[] | null;
}

/** Filters of crawled tax invoices. */
@InputType("HometaxTaxinvoiceFilter", {
  description: "Narrows crawled tax invoices. Leave a list out (or empty) for all values.",
})
export class HometaxTaxinvoiceFilter implements HometaxTaxinvoiceFilterFields {
  @Field(() => [HometaxTaxinvoiceKind], { nullable: true })
  kinds?: HometaxTaxinvoiceKind[] | null;

  @Field(() => [HometaxTaxType], { nullable: true })
  taxTypes?: HometaxTaxType[] | null;

  @Field(() => [HometaxPurposeType], { nullable: true })
  purposeTypes?: HometaxPurposeType[] | null;

  @Field(() => HometaxTaxRegIdParty, {
    nullable: true,
    description: "Whose branch numbers `taxRegIds` lists; required with `taxRegIds`.",
  })
  taxRegIdParty?: HometaxTaxRegIdParty | null;

  @Field(() => [String], {
    nullable: true,
    description: "Branch numbers (종사업장번호), 4 digits each.",
  })
  taxRegIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only counterparts with a branch number; false: only those without one.",
  })
  hasTaxRegId?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Counterpart name or registration number (at most 100 characters).",
  })
  searchString?: string | null;
}
