import { Field, InputType, Int } from "type-graphql";
import type { CashbillFields } from "../map/inputs.js";
import { CancelType, TaxationType, TradeOption, TradeType, TradeUsage } from "./enums.js";

/**
 * One cash receipt to issue, alone or inside a bulk submission. korbill checks every field
 * before anything is sent to POPBiLL and reports all problems at once (`BAD_USER_INPUT` with
 * `extensions.problems[].path`).
 */
@InputType("CashbillInput", {
  description:
    "One cash receipt to issue. Everything is checked before POPBiLL is called; all problems come back together as BAD_USER_INPUT.",
})
export class CashbillInput implements CashbillFields {
  @Field(() => String, {
    description:
      "Your document number, unique per member business and never reused: 1-24 characters of A-Z a-z 0-9 _ -.",
  })
  mgtKey!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "When the sale happened, ISO-8601 with offset (e.g. 2026-11-23T10:02:03+09:00). Must be today or yesterday in Korea. Default: the moment POPBiLL issues the receipt.",
  })
  tradeAt?: string | null;

  @Field(() => TradeType, {
    description: "APPROVAL for a sale, CANCEL to cancel an earlier receipt.",
  })
  tradeType!: TradeType;

  @Field(() => TradeUsage, {
    description: "Income deduction (individuals) or expense proof (businesses).",
  })
  tradeUsage!: TradeUsage;

  @Field(() => TradeOption, {
    nullable: true,
    description: "Deduction category. Default: GENERAL.",
  })
  tradeOption?: TradeOption | null;

  @Field(() => TaxationType, { description: "TAXABLE or TAX_FREE (then tax must be 0)." })
  taxationType!: TaxationType;

  @Field(() => Int, { description: "Supply amount in KRW, 0 to 999,999,999." })
  supplyCost!: number;

  @Field(() => Int, { description: "VAT in KRW, 0 to 999,999,999." })
  tax!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Service charge in KRW, 0 to 999,999,999. Default: 0.",
  })
  serviceFee?: number | null;

  @Field(() => Int, { description: "Total in KRW; must equal supplyCost + tax + serviceFee." })
  totalAmount!: number;

  @Field(() => String, {
    description:
      "The buyer's identity, dashes allowed: mobile number (10-11 digits from 01x), resident registration number (13), card number (13-19), business registration number (10, EXPENSE_PROOF only) or 010-000-1234 for self-issue (INCOME_DEDUCTION only).",
  })
  identityNum!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Seller's business registration number (10 digits). Default: the member business acting.",
  })
  franchiseCorpNum?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Seller's sub-business-place number (4 digits), if any.",
  })
  franchiseTaxRegId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Seller's business name (at most 200 characters).",
  })
  franchiseCorpName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Seller's representative (at most 100 characters).",
  })
  franchiseCeoName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Seller's address (at most 300 characters).",
  })
  franchiseAddr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Seller's phone number (at most 20 characters).",
  })
  franchiseTel?: string | null;

  @Field(() => String, { nullable: true, description: "Buyer's name (at most 100 characters)." })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: "What was sold (at most 100 characters)." })
  itemName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Your order number (at most 40 characters).",
  })
  orderNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Buyer's e-mail; POPBiLL mails the receipt there.",
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Buyer's mobile number for the SMS notice (dashes allowed).",
  })
  hp?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Send an SMS notice to hp (costs POPBiLL points). Default: no SMS.",
  })
  sendSms?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Internal note kept with the receipt (at most 200 characters).",
  })
  memo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Subject of the buyer's e-mail (at most 300 characters).",
  })
  emailSubject?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "CANCEL only, required there: the NTS confirm number of the receipt being cancelled (1-24 letters or digits).",
  })
  orgConfirmNum?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "CANCEL only, required there: trade date of the receipt being cancelled (yyyy-MM-dd).",
  })
  orgTradeDate?: string | null;

  @Field(() => CancelType, { nullable: true, description: "CANCEL only: why it is cancelled." })
  cancelType?: CancelType | null;
}
