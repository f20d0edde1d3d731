import { Field, Int, ObjectType } from "type-graphql";
import type { CashbillSearchResultView } from "../map/views.js";
import { Cashbill } from "./cashbill.type.js";

/** One page of search results with POPBiLL's totals. */
@ObjectType("CashbillSearchResult", {
  description: "One page of cash receipts with POPBiLL's totals.",
})
export class CashbillSearchResult implements CashbillSearchResultView {
  @Field(() => [Cashbill], { description: "The receipts on this page." })
  list!: Cashbill[];

  @Field(() => Int, { description: "Receipts matching the filters, on all pages." })
  total!: number;

  @Field(() => Int, { description: "This page's number, from 1." })
  page!: number;

  @Field(() => Int, { description: "Page size." })
  perPage!: number;

  @Field(() => Int, { description: "Number of pages." })
  pageCount!: number;
}
