import { Field, Int, ObjectType } from "type-graphql";
import type { CashbillView, IssueResultView } from "../map/views.js";
import { CashbillState, TaxationType, TradeOption, TradeType, TradeUsage } from "./enums.js";

const TIME = "ISO-8601 with +09:00";

/** A cash receipt as POPBiLL reports it (GetInfo / GetInfos / Search). */
@ObjectType("Cashbill", {
  description: `A cash receipt as POPBiLL reports it. Times are ${TIME}; dates yyyy-MM-dd; amounts in KRW. Fields POPBiLL leaves blank are null.`,
})
export class Cashbill implements CashbillView {
  @Field(() => String, {
    nullable: true,
    description:
      "Your document number; null for a receipt issued on POPBiLL's website without one.",
  })
  mgtKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "POPBiLL's own id of the receipt (18 characters).",
  })
  itemKey!: string | null;

  @Field(() => CashbillState, { description: "Where the receipt stands." })
  state!: CashbillState;

  @Field(() => Int, {
    nullable: true,
    description:
      "POPBiLL's raw 3-digit state code (e.g. 304), kept for states korbill does not know.",
  })
  stateCode!: number | null;

  @Field(() => String, { nullable: true, description: `When the state last changed (${TIME}).` })
  stateAt!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's note on the state." })
  stateMemo!: string | null;

  @Field(() => String, { nullable: true, description: "Trade date (yyyy-MM-dd)." })
  tradeDate!: string | null;

  @Field(() => String, { nullable: true, description: `Trade time (${TIME}).` })
  tradeAt!: string | null;

  @Field(() => TradeType, {
    nullable: true,
    description: "Sale or cancellation; null if POPBiLL sent a value korbill does not know.",
  })
  tradeType!: TradeType | null;

  @Field(() => TradeUsage, { nullable: true, description: "Income deduction or expense proof." })
  tradeUsage!: TradeUsage | null;

  @Field(() => TradeOption, { nullable: true, description: "Deduction category." })
  tradeOption!: TradeOption | null;

  @Field(() => TaxationType, { nullable: true, description: "Taxable or tax-free." })
  taxationType!: TaxationType | null;

  @Field(() => Int, { nullable: true, description: "Supply amount (KRW)." })
  supplyCost!: number | null;

  @Field(() => Int, { nullable: true, description: "VAT (KRW)." })
  tax!: number | null;

  @Field(() => Int, { nullable: true, description: "Service charge (KRW)." })
  serviceFee!: number | null;

  @Field(() => Int, { nullable: true, description: "Total (KRW)." })
  totalAmount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The buyer's identity number as POPBiLL shows it (may be masked).",
  })
  identityNum!: string | null;

  @Field(() => String, { nullable: true, description: "Buyer's name." })
  customerName!: string | null;

  @Field(() => String, { nullable: true, description: "What was sold." })
  itemName!: string | null;

  @Field(() => String, { nullable: true, description: "Your order number." })
  orderNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Buyer's e-mail." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Buyer's mobile number." })
  hp!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "NTS confirm number (9 characters), once issued.",
  })
  confirmNum!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "For a cancel receipt: the cancelled receipt's confirm number.",
  })
  orgConfirmNum!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "For a cancel receipt: the cancelled receipt's trade date (yyyy-MM-dd).",
  })
  orgTradeDate!: string | null;

  @Field(() => String, { nullable: true, description: `When it was issued (${TIME}).` })
  issuedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: `When it was registered with POPBiLL (${TIME}).`,
  })
  registeredAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: `When it was sent to the National Tax Service (${TIME}).`,
  })
  ntsSentAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: `When the National Tax Service answered (${TIME}).`,
  })
  ntsResultAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The National Tax Service's result code: 0000 success, e.g. TS1 bad identity number.",
  })
  ntsResultCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The National Tax Service's result message.",
  })
  ntsResultMessage!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it has been printed." })
  printed!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it was issued through the API (연동문서) rather than POPBiLL's website.",
  })
  interOp!: boolean | null;
}

/** What an immediate issue or revoke returns. */
@ObjectType("IssueResult", { description: "The receipt POPBiLL just issued." })
export class IssueResult implements IssueResultView {
  @Field(() => String, { description: "Your document number." })
  mgtKey!: string;

  @Field(() => String, { nullable: true, description: "NTS confirm number (9 characters)." })
  confirmNum!: string | null;

  @Field(() => String, { nullable: true, description: "Trade date (yyyy-MM-dd)." })
  tradeDate!: string | null;

  @Field(() => String, { nullable: true, description: `Trade time (${TIME}).` })
  tradeAt!: string | null;
}
