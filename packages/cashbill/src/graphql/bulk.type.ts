import { Field, Int, ObjectType } from "type-graphql";
import type { BulkReceiptResultView, BulkSubmissionView } from "../map/views.js";
import { BulkState, CashbillState } from "./enums.js";

const TIME = "ISO-8601 with +09:00";

/** One receipt's outcome in a bulk submission. */
@ObjectType("BulkReceiptResult", { description: "One receipt's outcome in a bulk submission." })
export class BulkReceiptResult implements BulkReceiptResultView {
  @Field(() => String, { description: "Your document number." })
  mgtKey!: string;

  @Field(() => Int, {
    description: "POPBiLL's result code: 1 issued, otherwise a negative error code.",
  })
  code!: number;

  @Field(() => Boolean, { description: "Whether the receipt was issued (code 1)." })
  success!: boolean;

  @Field(() => String, { nullable: true, description: "POPBiLL's message for the code." })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "NTS confirm number, when issued." })
  confirmNum!: string | null;

  @Field(() => String, { nullable: true, description: "Trade date (yyyy-MM-dd)." })
  tradeDate!: string | null;

  @Field(() => String, { nullable: true, description: `When it was issued (${TIME}).` })
  issuedAt!: string | null;

  @Field(() => CashbillState, {
    nullable: true,
    description:
      "NTS_FILED or NTS_FAILED once the National Tax Service has answered (usually the next day); null before.",
  })
  ntsState!: CashbillState | null;

  @Field(() => String, {
    nullable: true,
    description: "The National Tax Service's result code, once filed.",
  })
  ntsResultCode!: string | null;
}

/** A bulk submission: korbill's record merged with POPBiLL's processing state. */
@ObjectType("BulkSubmission", {
  description:
    "A bulk submission of up to 100 cash receipts, from korbill's record and POPBiLL's processing state.",
})
export class BulkSubmission implements BulkSubmissionView {
  @Field(() => String, { description: "Your submission id (SubmitID)." })
  submitId!: string;

  @Field(() => BulkState, { description: "Where the submission stands." })
  state!: BulkState;

  @Field(() => Int, { description: "POPBiLL's raw txState: 0 queued, 1 processing, 2 completed." })
  txState!: number;

  @Field(() => Int, {
    nullable: true,
    description: "POPBiLL's result code for accepting the submission.",
  })
  txResultCode!: number | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's receipt id for the submission." })
  receiptId!: string | null;

  @Field(() => Int, { description: "Receipts submitted." })
  submitCount!: number;

  @Field(() => Int, { description: "Receipts issued." })
  successCount!: number;

  @Field(() => Int, { description: "Receipts refused." })
  failCount!: number;

  @Field(() => Int, { description: "Receipts filed with the National Tax Service." })
  filedCount!: number;

  @Field(() => Int, { description: "Receipts whose filing with the National Tax Service failed." })
  filingFailedCount!: number;

  @Field(() => String, {
    nullable: true,
    description: `When POPBiLL accepted the submission (${TIME}).`,
  })
  submittedAt!: string | null;

  @Field(() => String, { nullable: true, description: `When POPBiLL finished issuing (${TIME}).` })
  completedAt!: string | null;

  @Field(() => [BulkReceiptResult], {
    nullable: true,
    description: "Per-receipt outcomes; null until COMPLETED.",
  })
  results!: BulkReceiptResult[] | null;

  @Field(() => String, { nullable: true, description: "Why the submission FAILED, when it did." })
  error!: string | null;
}
