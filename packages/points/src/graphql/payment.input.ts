import { ArgsType, Field, InputType, Int, ObjectType } from "type-graphql";
import type {
  DateRangeFields,
  PageFields,
  PaymentRequestFields,
  RefundRequestFields,
  UseHistoryFields,
} from "../map/inputs.js";
import { PointsSortOrder } from "./enums.js";

/** `page` / `perPage` arguments. */
@ArgsType()
export class PagingArgs implements PageFields {
  @Field(() => Int, { nullable: true, description: "Page number from 1. Default: 1." })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: "Items per page, 1 to 1000. Default: 500." })
  perPage?: number | null;
}

/** A day range plus paging (fields declared in that order, so the schema lists them so). */
@ArgsType()
export class DateRangeArgs implements DateRangeFields {
  @Field(() => String, { description: "First day, yyyy-MM-dd (Korean calendar day)." })
  from!: string;

  @Field(() => String, { description: "Last day, yyyy-MM-dd; not before from." })
  to!: string;

  @Field(() => Int, { nullable: true, description: "Page number from 1. Default: 1." })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: "Items per page, 1 to 1000. Default: 500." })
  perPage?: number | null;
}

/** Ledger arguments: a day range, paging and an order. */
@ArgsType()
export class UseHistoryArgs extends DateRangeArgs implements UseHistoryFields {
  @Field(() => PointsSortOrder, { nullable: true, description: "Sort order. Default: DESC." })
  order?: PointsSortOrder | null;
}

/** A bank-transfer charge request (PaymentRequest). */
@InputType("PointsPaymentInput", {
  description: "Asks POPBiLL to expect a bank transfer that charges points (무통장 입금신청).",
})
export class PointsPaymentInput implements PaymentRequestFields {
  @Field(() => String, { description: "Who asks (settlerName, 담당자명), at most 100 characters." })
  settlerName!: string;

  @Field(() => String, { description: "Their e-mail (settlerEmail)." })
  settlerEmail!: string;

  @Field(() => String, {
    description: "Mobile number POPBiLL notifies (notifyHP), e.g. 010-1234-5678.",
  })
  notifyPhone!: string;

  @Field(() => String, {
    description: "Name the deposit will arrive under (paymentName, 입금자명).",
  })
  depositorName!: string;

  @Field(() => Int, {
    description: "KRW that will be deposited (settleCost), a positive whole number.",
  })
  settleCost!: number;
}

/** A refund request (Refund). */
@InputType("PointsRefundInput", {
  description: "Asks POPBiLL to refund unused points to a bank account (환불신청).",
})
export class PointsRefundInput implements RefundRequestFields {
  @Field(() => String, { description: "Who asks (contactName)." })
  contactName!: string;

  @Field(() => String, { description: "Their phone number (tel)." })
  contactPhone!: string;

  @Field(() => Int, { description: "Points to refund (requestPoint), a positive whole number." })
  requestPoint!: number;

  @Field(() => String, { description: "Bank name as POPBiLL spells it, e.g. 국민 (accountBank)." })
  bankName!: string;

  @Field(() => String, { description: "Account number; dashes are removed (accountNum)." })
  accountNumber!: string;

  @Field(() => String, { description: "Account holder (accountName, 예금주)." })
  accountHolder!: string;

  @Field(() => String, { description: "Why the refund is asked for." })
  reason!: string;
}

/** What PaymentRequest answers. */
@ObjectType("PointsPaymentRequest", { description: "A bank-transfer charge POPBiLL now expects." })
export class PointsPaymentRequest {
  @Field(() => String, {
    nullable: true,
    description: "POPBiLL's code for the charge (settleCode); pass it to points.payment.",
  })
  settleCode!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;
}

/** What Refund answers. */
@ObjectType("PointsRefundRequest", { description: "A refund request POPBiLL accepted." })
export class PointsRefundRequest {
  @Field(() => String, {
    nullable: true,
    description: "POPBiLL's code for the request (refundCode); pass it to points.refund.",
  })
  refundCode!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;
}
