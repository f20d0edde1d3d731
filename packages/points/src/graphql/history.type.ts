import { Field, Float, Int, ObjectType } from "type-graphql";
import type { PaymentView, RefundView, UseEntryView } from "../map/views.js";
import { PaymentStatus, PointsItem, RefundStatus } from "./enums.js";

/** One bank-transfer charge (무통장 입금). */
@ObjectType("PointsPayment", { description: "One bank-transfer charge of points (무통장 입금)." })
export class PointsPayment implements PaymentView {
  @Field(() => String, { nullable: true, description: "What was bought (productType, 결제 내용)." })
  productType!: string | null;

  @Field(() => String, { nullable: true, description: "Product name." })
  productName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Payment type as POPBiLL names it (결제유형).",
  })
  settleType!: string | null;

  @Field(() => String, { nullable: true, description: "Who asked for the charge." })
  settlerName!: string | null;

  @Field(() => String, { nullable: true, description: "Their e-mail." })
  settlerEmail!: string | null;

  @Field(() => Int, { nullable: true, description: "KRW to pay or paid." })
  settleCost!: number | null;

  @Field(() => Int, { nullable: true, description: "Points credited." })
  settlePoint!: number | null;

  @Field(() => Int, { nullable: true, description: "POPBiLL's raw state code (settleState)." })
  settleState!: number | null;

  @Field(() => PaymentStatus, { description: "The state in English; UNKNOWN for new codes." })
  settleStatus!: PaymentStatus;

  @Field(() => String, { nullable: true, description: "When it was requested, ISO-8601 +09:00." })
  registeredAt!: string | null;

  @Field(() => String, { nullable: true, description: "When the state last changed." })
  stateChangedAt!: string | null;
}

/** One points movement. */
@ObjectType("PointsUseEntry", { description: "One movement in the points ledger." })
export class PointsUseEntry implements UseEntryView {
  @Field(() => Int, { nullable: true, description: "POPBiLL's service code (itemCode)." })
  itemCode!: number | null;

  @Field(() => PointsItem, { description: "The service in English; UNKNOWN for new codes." })
  item!: PointsItem;

  @Field(() => Int, {
    nullable: true,
    description: "POPBiLL's raw movement kind (txType, 포인트 증감 유형); meanings undocumented.",
  })
  txType!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Points moved (txPoint). Float: unit costs may be fractional.",
  })
  points!: number | null;

  @Field(() => Float, { nullable: true, description: "Balance after the movement." })
  balance!: number | null;

  @Field(() => String, { nullable: true, description: "When, ISO-8601 +09:00." })
  at!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL user who caused it." })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "That user's name." })
  userName!: string | null;
}

/** One refund request. */
@ObjectType("PointsRefund", { description: "One request to refund points to a bank account." })
export class PointsRefund implements RefundView {
  @Field(() => String, { nullable: true, description: "When it was requested, ISO-8601 +09:00." })
  requestedAt!: string | null;

  @Field(() => Int, { nullable: true, description: "Points to refund." })
  requestPoint!: number | null;

  @Field(() => String, { nullable: true, description: "Bank name (accountBank)." })
  bankName!: string | null;

  @Field(() => String, { nullable: true, description: "Account number (accountNum)." })
  accountNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Account holder (accountName)." })
  accountHolder!: string | null;

  @Field(() => Int, { nullable: true, description: "POPBiLL's raw state code." })
  state!: number | null;

  @Field(() => RefundStatus, { description: "The state in English; UNKNOWN for new codes." })
  status!: RefundStatus;

  @Field(() => String, { nullable: true, description: "Why the refund was asked for." })
  reason!: string | null;
}

function pageType<T>(item: new () => T, name: string, what: string) {
  @ObjectType(name, { description: `One page of ${what} with POPBiLL's totals.` })
  class Page {
    @Field(() => [item], { description: "The items on this page." })
    list!: T[];

    @Field(() => Int, { description: "Items on all pages." })
    total!: number;

    @Field(() => Int, { description: "This page's number, from 1." })
    page!: number;

    @Field(() => Int, { description: "Page size." })
    perPage!: number;

    @Field(() => Int, { description: "Number of pages." })
    pageCount!: number;
  }
  return Page;
}

/** A page of charges. */
export const PointsPaymentPage = pageType(PointsPayment, "PointsPaymentPage", "charges");
/** A page of ledger entries. */
export const PointsUsePage = pageType(PointsUseEntry, "PointsUsePage", "ledger entries");
/** A page of refund requests. */
export const PointsRefundPage = pageType(PointsRefund, "PointsRefundPage", "refund requests");
