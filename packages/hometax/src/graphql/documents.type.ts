import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLSafeInt } from "graphql-scalars";
import { HometaxPurposeType, HometaxService, HometaxTaxType } from "./enums.js";
import { HometaxTaxinvoiceParty } from "./result.type.js";

const krw = "KRW (SafeInt: may exceed 2^31 for tax invoices)";

/** One line item of a crawled tax invoice. */
@ObjectType("HometaxTaxinvoiceItem", { description: "One line item of a crawled tax invoice." })
export class HometaxTaxinvoiceItem {
  @Field(() => Int, { nullable: true, description: "Line number (일련번호)." })
  serialNum!: number | null;
  @Field(() => String, { nullable: true, description: "Purchase date, yyyy-MM-dd." })
  purchaseDate!: string | null;
  @Field(() => String, { nullable: true }) itemName!: string | null;
  @Field(() => String, { nullable: true, description: "Specification (규격)." })
  spec!: string | null;
  @Field(() => String, { nullable: true, description: "Quantity, as sent." }) qty!: string | null;
  @Field(() => String, { nullable: true, description: "Unit price, as sent." })
  unitCost!: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: krw }) supplyCost!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: krw }) tax!: number | null;
  @Field(() => String, { nullable: true }) remark!: string | null;
}

/** A crawled tax invoice in full (GetTaxinvoice). */
@ObjectType("HometaxTaxinvoiceDetail", {
  description:
    "A crawled tax invoice in full, as POPBiLL holds it after a crawl (GetTaxinvoice): every line item, " +
    "payment split and remark, unlike the abbreviated list item of a search.",
})
export class HometaxTaxinvoiceDetail {
  @Field(() => String, { nullable: true, description: "NTS confirm number (24 characters)." })
  ntsConfirmNum!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-MM-dd" }) writeDate!: string | null;
  @Field(() => String, { nullable: true, description: "When it was issued, ISO-8601 +09:00." })
  issuedAt!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "POPBiLL's document kind code (전자(세금)계산서 종류), as sent.",
  })
  invoiceType!: number | null;
  @Field(() => HometaxTaxType, { nullable: true }) taxType!: HometaxTaxType | null;
  @Field(() => HometaxPurposeType, { nullable: true })
  purposeType!: HometaxPurposeType | null;
  @Field(() => Int, {
    nullable: true,
    description: "NTS modification reason code (수정사유) of a modified invoice, else null.",
  })
  modifyCode!: number | null;
  @Field(() => String, { nullable: true, description: "The modified invoice's NTS number." })
  orgNtsConfirmNum!: string | null;
  @Field(() => HometaxTaxinvoiceParty) invoicer!: HometaxTaxinvoiceParty;
  @Field(() => HometaxTaxinvoiceParty) invoicee!: HometaxTaxinvoiceParty;
  @Field(() => HometaxTaxinvoiceParty, { nullable: true })
  trustee!: HometaxTaxinvoiceParty | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: krw })
  supplyCostTotal!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: krw }) taxTotal!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: krw }) totalAmount!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `Paid in cash (현금). ${krw}` })
  cash!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `Paid by check (수표). ${krw}` })
  check!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `On credit (외상). ${krw}` })
  credit!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: `By promissory note (어음). ${krw}` })
  promissoryNote!: number | null;
  @Field(() => [String], { description: "Remarks 1-3 (비고), blanks left out." })
  remarks!: string[];
  @Field(() => [HometaxTaxinvoiceItem]) items!: HometaxTaxinvoiceItem[];
}

/** The member's flat-rate contract for one crawl service. */
@ObjectType("HometaxFlatRate", {
  description:
    "The member's flat-rate (정액제) contract for one crawl service (GetFlatRateState). Crawling is billed " +
    "monthly, not per use, and needs this contract: without one POPBiLL refuses crawl requests. Subscribe " +
    "on the page hometaxFlatRatePopupUrl opens.",
})
export class HometaxFlatRate {
  @Field(() => HometaxService) service!: HometaxService;
  @Field(() => String, { description: "The member business (10 digits)." }) corpNum!: string;
  @Field(() => Boolean, {
    description:
      "Whether crawling may run on this contract: in use (state 1) and not restricted. False when POPBiLL " +
      "has no contract for the member (problemCode/problemMessage then say what POPBiLL answered).",
  })
  active!: boolean;
  @Field(() => Int, { nullable: true, description: "POPBiLL's raw contract state." })
  state!: number | null;
  @Field(() => String, { nullable: true, description: "POPBiLL's reference id of the contract." })
  referenceId!: string | null;
  @Field(() => String, { nullable: true, description: "When it was contracted, ISO-8601 +09:00." })
  contractedAt!: string | null;
  @Field(() => Int, { nullable: true, description: "Billing base day of the month (baseDate)." })
  baseDay!: number | null;
  @Field(() => String, { nullable: true, description: "Last day of use, yyyy-MM-dd." })
  useEndDate!: string | null;
  @Field(() => Boolean, { nullable: true, description: "A cancellation was requested." })
  closeRequested!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Use is restricted (e.g. unpaid)." })
  useRestricted!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "It ends when the period expires." })
  closeOnExpired!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Fees are unpaid." }) unpaid!:
    boolean | null;
  @Field(() => Int, { nullable: true, description: "POPBiLL's refusal code, when it had none." })
  problemCode!: number | null;
  @Field(() => String, { nullable: true, description: "POPBiLL's refusal message." })
  problemMessage!: string | null;
}
