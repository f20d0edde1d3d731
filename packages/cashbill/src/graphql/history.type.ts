import { Field, Float, Int, ObjectType } from "type-graphql";
import { BulkSubmission } from "./bulk.type.js";

/** One page of a member's bulk submissions, newest first. */
@ObjectType("BulkSubmissionPage", {
  description:
    "One page of bulk submissions, newest first; pass `endCursor` as `after` for the next.",
})
export class BulkSubmissionPage {
  @Field(() => [BulkSubmission], { description: "The submissions on this page, newest first." })
  nodes!: BulkSubmission[];

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last submission on this page (null when the page is empty).",
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "Whether another page follows." })
  hasNextPage!: boolean;
}

/** Submissions counted by state. */
@ObjectType("BulkStateCounts", { description: "Bulk submissions counted by state." })
export class BulkStateCounts {
  @Field(() => Int) RECORDED!: number;
  @Field(() => Int) SUBMITTED!: number;
  @Field(() => Int) RECONCILING!: number;
  @Field(() => Int) PROCESSING!: number;
  @Field(() => Int) COMPLETED!: number;
  @Field(() => Int) FAILED!: number;
}

/** Amount sums in KRW. */
@ObjectType("AmountTotals", {
  description:
    "Amounts of the issued receipts in KRW: approvals (승인거래) add, cancellations (취소거래) subtract.",
})
export class AmountTotals {
  @Field(() => Float, { description: "Supply amounts (공급가액)." })
  supplyCost!: number;

  @Field(() => Float, { description: "VAT (부가세)." })
  tax!: number;

  @Field(() => Float, { description: "Service fees (봉사료)." })
  serviceFee!: number;

  @Field(() => Float, { description: "Totals (합계금액)." })
  totalAmount!: number;
}

/** A KST day of bulk issuance for one member, from korbill's records. */
@ObjectType("BulkDaySummary", {
  description:
    "A member's bulk issuance on one day (Korea time), from korbill's own records: submissions " +
    "recorded that day by state, their receipts by outcome, amounts and points spent.",
})
export class BulkDaySummary {
  @Field(() => String, { description: "The day (yyyy-MM-dd, Korea time)." })
  date!: string;

  @Field(() => String, { description: "The member business." })
  corpNum!: string;

  @Field(() => Int, { description: "Bulk submissions recorded that day." })
  submissions!: number;

  @Field(() => BulkStateCounts, { description: "Those submissions by state." })
  submissionsByState!: BulkStateCounts;

  @Field(() => Int, { description: "Receipts in those submissions." })
  receipts!: number;

  @Field(() => Int, {
    description: "Receipts issued (including those since filed or whose filing failed).",
  })
  issued!: number;

  @Field(() => Int, { description: "Receipts refused by POPBiLL." })
  refused!: number;

  @Field(() => Int, { description: "Receipts without an outcome yet." })
  pending!: number;

  @Field(() => Int, { description: "Issued receipts filed with the National Tax Service." })
  filed!: number;

  @Field(() => Int, {
    description: "Issued receipts whose filing with the National Tax Service failed.",
  })
  filingFailed!: number;

  @Field(() => Int, { description: "Issued cancellations (취소거래) among `issued`." })
  cancellations!: number;

  @Field(() => AmountTotals, { description: "Amounts of the issued receipts." })
  amounts!: AmountTotals;

  @Field(() => Float, {
    nullable: true,
    description:
      "POPBiLL points per receipt for this member (asked from POPBiLL when selected); null if POPBiLL sent no number.",
  })
  unitCost!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Points spent: issued receipts × `unitCost` (refused receipts cost nothing); null when the unit cost is unknown.",
  })
  pointsSpent!: number | null;
}
