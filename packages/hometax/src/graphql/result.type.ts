import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLSafeInt } from "graphql-scalars";
import type {
  HometaxCashbillSummaryView,
  HometaxCashbillView,
  HometaxPartyView,
  HometaxTaxinvoiceSummaryView,
  HometaxTaxinvoiceView,
} from "../map/views.js";
import {
  HometaxDirection,
  HometaxPurposeType,
  HometaxTaxType,
  HometaxTradeType,
  HometaxTradeUsage,
} from "./enums.js";

const krw = "KRW";
const bigKrw = "KRW (SafeInt: may exceed 2^31 for tax invoices and totals)";

/** One crawled cash receipt. */
@ObjectType("HometaxCashbill", { description: "A cash receipt as HomeTax shows it." })
export class HometaxCashbill implements HometaxCashbillView {
  @Field(() => String, { nullable: true, description: "NTS confirm number." })
  ntsConfirmNum!: string | null;
  @Field(() => String, { nullable: true, description: "Trade date (yyyy-MM-dd)." })
  tradeDate!: string | null;
  @Field(() => String, { nullable: true, description: "Trade time (ISO-8601, +09:00)." })
  tradeAt!: string | null;
  @Field(() => HometaxTradeType, { nullable: true })
  tradeType!: HometaxTradeType | null;
  @Field(() => HometaxTradeUsage, { nullable: true })
  tradeUsage!: HometaxTradeUsage | null;
  @Field(() => HometaxDirection, { nullable: true, description: "SELL (매출) or BUY (매입)." })
  direction!: HometaxDirection | null;
  @Field(() => Int, { nullable: true, description: krw })
  supplyCost!: number | null;
  @Field(() => Int, { nullable: true, description: krw })
  tax!: number | null;
  @Field(() => Int, { nullable: true, description: krw })
  serviceFee!: number | null;
  @Field(() => Int, { nullable: true, description: krw })
  totalAmount!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "The issuing merchant's registration number.",
  })
  franchiseCorpNum!: string | null;
  @Field(() => String, { nullable: true })
  franchiseCorpName!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "The merchant's business type code as HomeTax reports it.",
  })
  franchiseCorpType!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "The buyer's identity number (as masked by HomeTax).",
  })
  identityNum!: string | null;
  @Field(() => Int, { nullable: true })
  identityNumType!: number | null;
  @Field(() => String, { nullable: true })
  customerName!: string | null;
  @Field(() => String, { nullable: true })
  cardOwnerName!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "HomeTax's deduction code: 1, 2 deductible; 3, 4 not.",
  })
  deductionType!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the purchase is deductible (from deductionType).",
  })
  deductible!: boolean | null;
}

/** A party of a crawled tax invoice. */
@ObjectType("HometaxTaxinvoiceParty", {
  description: "Seller, buyer or trustee of a crawled tax invoice.",
})
export class HometaxTaxinvoiceParty implements HometaxPartyView {
  @Field(() => String, { nullable: true, description: "Registration number." })
  corpNum!: string | null;
  @Field(() => String, { nullable: true, description: "Branch number (종사업장번호)." })
  taxRegId!: string | null;
  @Field(() => String, { nullable: true })
  corpName!: string | null;
  @Field(() => String, { nullable: true })
  ceoName!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true, description: "Buyer only: second e-mail." })
  email2!: string | null;
  @Field(() => String, { nullable: true, description: "Buyer only: POPBiLL's buyer type as sent." })
  type!: string | null;
}

/** One crawled tax invoice (abbreviated, first line item). */
@ObjectType("HometaxTaxinvoice", {
  description: "A tax invoice as HomeTax lists it, with totals and its first line item.",
})
export class HometaxTaxinvoice implements HometaxTaxinvoiceView {
  @Field(() => String, { nullable: true, description: "NTS confirm number (24 characters)." })
  ntsConfirmNum!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-MM-dd" })
  writeDate!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-MM-dd" })
  issueDate!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-MM-dd" })
  sendDate!: string | null;
  @Field(() => HometaxTaxType, { nullable: true })
  taxType!: HometaxTaxType | null;
  @Field(() => HometaxPurposeType, { nullable: true })
  purposeType!: HometaxPurposeType | null;
  @Field(() => Boolean, { nullable: true, description: "Whether it modifies an earlier invoice." })
  modified!: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: "The modified invoice's NTS confirm number.",
  })
  orgNtsConfirmNum!: string | null;
  @Field(() => HometaxDirection, { nullable: true })
  direction!: HometaxDirection | null;
  @Field(() => HometaxTaxinvoiceParty)
  invoicer!: HometaxTaxinvoiceParty;
  @Field(() => HometaxTaxinvoiceParty)
  invoicee!: HometaxTaxinvoiceParty;
  @Field(() => HometaxTaxinvoiceParty, { nullable: true })
  trustee!: HometaxTaxinvoiceParty | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: bigKrw })
  supplyCostTotal!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: bigKrw })
  taxTotal!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: bigKrw })
  totalAmount!: number | null;
  @Field(() => String, { nullable: true, description: "Remark (비고)." })
  remark1!: string | null;
  @Field(() => String, { nullable: true, description: "First item: purchase date (yyyy-MM-dd)." })
  purchaseDate!: string | null;
  @Field(() => String, { nullable: true, description: "First item: name." })
  itemName!: string | null;
  @Field(() => String, { nullable: true, description: "First item: specification." })
  spec!: string | null;
  @Field(() => String, { nullable: true, description: "First item: quantity, as sent." })
  qty!: string | null;
  @Field(() => String, { nullable: true, description: "First item: unit price, as sent." })
  unitCost!: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `First item: ${bigKrw}` })
  supplyCost!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `First item: ${bigKrw}` })
  tax!: number | null;
  @Field(() => String, { nullable: true, description: "First item: remark." })
  remark!: string | null;
}

/** A page of crawled cash receipts. */
@ObjectType("HometaxCashbillPage", {
  description: "One page of crawled cash receipts with POPBiLL's totals.",
})
export class HometaxCashbillPage {
  @Field(() => String) jobId!: string;
  @Field(() => Int, { description: "Matching receipts in all pages." }) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
  @Field(() => Int) pageCount!: number;
  @Field(() => [HometaxCashbill]) items!: HometaxCashbill[];
}

/** A page of crawled tax invoices. */
@ObjectType("HometaxTaxinvoicePage", {
  description: "One page of crawled tax invoices with POPBiLL's totals.",
})
export class HometaxTaxinvoicePage {
  @Field(() => String) jobId!: string;
  @Field(() => Int, { description: "Matching invoices in all pages." }) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
  @Field(() => Int) pageCount!: number;
  @Field(() => [HometaxTaxinvoice]) items!: HometaxTaxinvoice[];
}

/** Totals of crawled cash receipts. */
@ObjectType("HometaxCashbillSummary", {
  description: "Totals over every crawled cash receipt matching the filters.",
})
export class HometaxCashbillSummary implements HometaxCashbillSummaryView {
  @Field(() => String) jobId!: string;
  @Field(() => Int) count!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) supplyCostTotal!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) taxTotal!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) serviceFeeTotal!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) amountTotal!: number;
}

/** Totals of crawled tax invoices. */
@ObjectType("HometaxTaxinvoiceSummary", {
  description: "Totals over every crawled tax invoice matching the filters.",
})
export class HometaxTaxinvoiceSummary implements HometaxTaxinvoiceSummaryView {
  @Field(() => String) jobId!: string;
  @Field(() => Int) count!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) supplyCostTotal!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) taxTotal!: number;
  @Field(() => GraphQLSafeInt, { description: bigKrw }) amountTotal!: number;
}
