import { Field, InputType, Int } from "type-graphql";
import type { PartialCancelFields, RevokeCashbillFields } from "../map/inputs.js";
import { CancelType } from "./enums.js";

/** The amounts cancelled by a partial cancellation. */
@InputType("PartialCancelInput", {
  description: "Cancel only part of a receipt: the amounts being cancelled, in KRW.",
})
export class PartialCancelInput implements PartialCancelFields {
  @Field(() => Int, { description: "Supply amount cancelled, 0 to 999,999,999." })
  supplyCost!: number;

  @Field(() => Int, { description: "VAT cancelled, 0 to 999,999,999." })
  tax!: number;

  @Field(() => Int, { description: "Service charge cancelled, 0 to 999,999,999." })
  serviceFee!: number;

  @Field(() => Int, {
    description: "Total cancelled (at least 1); must equal supplyCost + tax + serviceFee.",
  })
  totalAmount!: number;

  @Field(() => CancelType, { description: "Why it is cancelled." })
  cancelType!: CancelType;
}

/** Cancel an issued receipt by issuing a cancel receipt for it (POPBiLL RevokeRegistIssue). */
@InputType("RevokeCashbillInput", {
  description:
    "Cancel an issued receipt, fully or partly, by issuing a cancel receipt that refers to it.",
})
export class RevokeCashbillInput implements RevokeCashbillFields {
  @Field(() => String, {
    description:
      "Your document number for the NEW cancel receipt: 1-24 characters of A-Z a-z 0-9 _ -.",
  })
  mgtKey!: string;

  @Field(() => String, {
    description: "The NTS confirm number of the receipt being cancelled: 1-24 letters or digits.",
  })
  orgConfirmNum!: string;

  @Field(() => String, { description: "Trade date of the receipt being cancelled (yyyy-MM-dd)." })
  orgTradeDate!: string;

  @Field(() => PartialCancelInput, {
    nullable: true,
    description: "Cancel only these amounts. Omit to cancel the whole receipt.",
  })
  partial?: PartialCancelInput | null;

  @Field(() => String, { nullable: true, description: "Internal note (at most 200 characters)." })
  memo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Subject of the buyer's e-mail (at most 300 characters).",
  })
  emailSubject?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Send an SMS notice to the buyer (costs POPBiLL points). Default: false.",
  })
  sendSms?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "When the cancellation happened (ISO-8601 with offset, today or yesterday in Korea). Default: the moment POPBiLL issues the cancel receipt.",
  })
  tradeAt?: string | null;
}
