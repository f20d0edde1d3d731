import { Field, Int, ObjectType } from "type-graphql";
import type { PageView, PaymentView } from "../map/views.js";
import { pageOf } from "./page.type.js";
import { PaymentStatus } from "./enums.js";

/** A card payment made through i'mport. */
@ObjectType("Payment", {
  description:
    "A card payment made through i'mport: a billing-key charge, a scheduled charge or a key-in payment. " +
    "Amounts are KRW; times are ISO-8601 with +09:00 and null when it did not happen.",
})
export class Payment implements PaymentView {
  @Field(() => String, { description: "i'mport's payment id (e.g. `imp_123456789012`)." })
  impUid!: string;

  @Field(() => String, { description: "Your order id." })
  merchantUid!: string;

  @Field(() => String, { nullable: true, description: "The billing key used, if any." })
  customerUid!: string | null;

  @Field(() => String, { nullable: true, description: "Order name shown to the customer." })
  name!: string | null;

  @Field(() => Int, { description: "Charged amount (KRW)." })
  amount!: number;

  @Field(() => Int, { description: "Refunded so far (KRW); amount - cancelAmount is refundable." })
  cancelAmount!: number;

  @Field(() => String, { description: "Currency, normally `KRW`." })
  currency!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Boolean, { description: "True for a charge i'mport ran from a schedule." })
  scheduled!: boolean;

  @Field(() => String, { nullable: true, description: "When the attempt started." })
  startedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was approved." })
  paidAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was declined." })
  failedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was (last) refunded." })
  cancelledAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why it was declined, in the PG's words (Korean), e.g. `한도초과`.",
  })
  failReason!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was refunded." })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: "Masked card number." })
  cardNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Card product name." })
  cardName!: string | null;

  @Field(() => String, { nullable: true, description: "Card company code." })
  cardCode!: string | null;

  @Field(() => Int, { nullable: true, description: "Installment months; 0 = lump sum." })
  cardQuota!: number | null;

  @Field(() => String, { nullable: true, description: "Card approval number." })
  applyNum!: string | null;

  @Field(() => String, { nullable: true, description: "The PG, e.g. `nice`." })
  pgProvider!: string | null;

  @Field(() => String, { nullable: true, description: "The PG's sales slip URL." })
  receiptUrl!: string | null;
}

/** One page of payments, as i'mport pages them (20 per page). */
export const PaymentPage = pageOf(
  Payment,
  "PaymentPage",
  "One page of payments (i'mport pages by 20), newest first.",
);
/** A value of PaymentPage. */
export type PaymentPage = PageView<Payment>;
