import { Field, InputType, Int } from "type-graphql";
import type { CashbillSearchFields } from "../map/inputs.js";
import {
  CashbillDateType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "./enums.js";

/** Filters of a cash-receipt search. List filters match any of their values; empty = all. */
@InputType("CashbillSearchInput", {
  description:
    "Filters of a cash-receipt search. A list filter matches any of its values; omit it to match all.",
})
export class CashbillSearchInput implements CashbillSearchFields {
  @Field(() => CashbillDateType, { description: "Which date from/to refer to." })
  dateType!: CashbillDateType;

  @Field(() => String, { description: "First day, yyyy-MM-dd (Korean calendar day)." })
  from!: string;

  @Field(() => String, { description: "Last day, yyyy-MM-dd; at most 6 months after from." })
  to!: string;

  @Field(() => [CashbillState], { nullable: true, description: "States to include (not UNKNOWN)." })
  states?: CashbillState[] | null;

  @Field(() => [TradeType], { nullable: true, description: "Trade types to include." })
  tradeTypes?: TradeType[] | null;

  @Field(() => [TradeUsage], { nullable: true, description: "Usages to include." })
  tradeUsages?: TradeUsage[] | null;

  @Field(() => [TradeOption], { nullable: true, description: "Deduction categories to include." })
  tradeOptions?: TradeOption[] | null;

  @Field(() => [TaxationType], { nullable: true, description: "Taxation types to include." })
  taxationTypes?: TaxationType[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Only receipts for this buyer identity number.",
  })
  identityNum?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only these seller sub-business-place numbers (4 digits each).",
  })
  franchiseTaxRegIds?: string[] | null;

  @Field(() => CashbillSortOrder, { nullable: true, description: "Sort order. Default: DESC." })
  order?: CashbillSortOrder | null;

  @Field(() => Int, { nullable: true, description: "Page number from 1. Default: 1." })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: "Receipts per page, 1 to 1000. Default: 500." })
  perPage?: number | null;
}
