import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import type { StoredEvent } from "@korbill/core-events";
import { type SubscribeData, liveEvents } from "@korbill/core-tenancy/graphql";
import type { BillingEventPayload } from "../service/events.js";
import { toPaymentEventView, toPaymentView } from "../map/views.js";
import { CardInput, CustomerInput } from "./card.input.js";
import { BillingCorpNumArgs, type BillingContext, ownerFor } from "./context.js";
import { PaymentEvent } from "./payment-event.type.js";
import { Payment } from "./payment.type.js";

/** The arguments of `paymentEvents`. */
@ArgsType()
class PaymentEventsArgs extends BillingCorpNumArgs {
  @Field(() => String, { nullable: true, description: "Resume after this cursor." })
  after?: string;

  @Field(() => String, { nullable: true, description: "Only this billing key's." })
  customerUid?: string;
}

const merchantUidDoc =
  "Your order id: 1-40 characters of A-Z a-z 0-9 _ - . @. A merchantUid that was paid once is never reusable " +
  "(CONFLICT); one whose charge failed may be tried again.";
const nameDoc = "Order name shown to the customer (at most 40 characters).";
const customDataDoc =
  "Your own data kept with the payment (at most 2,000 characters; JSON by convention).";

/** Charges, key-in payments, cancels, lookups and the live payment events. */
@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized()
  @Mutation(() => Payment, {
    description:
      "Charges your billing key now. The order is recorded before i'mport is called. A declined card is not an " +
      "error: the Payment has status FAILED and a failReason. Other refusals (e.g. an unknown key at i'mport) " +
      "are UPSTREAM_ERROR. PAID / FAILED is also delivered on `paymentEvents`. NOT_FOUND for a key that is not yours.",
  })
  async chargeBillingKey(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String) customerUid: string,
    @Arg("merchantUid", () => String, { description: merchantUidDoc }) merchantUid: string,
    @Arg("amount", () => Int, { description: "KRW, 1 to 2,147,483,647." }) amount: number,
    @Arg("name", () => String, { description: nameDoc }) name: string,
    @Arg("taxFree", () => Int, { nullable: true, description: "Tax-free part of amount (KRW)." })
    taxFree: number | undefined,
    @Arg("customData", () => String, { nullable: true, description: customDataDoc })
    customData: string | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<Payment> {
    const payment = await ctx.billing.chargeBillingKey(ownerFor(ctx, corpNum), {
      customerUid,
      merchantUid,
      amount,
      name,
      taxFree: taxFree ?? null,
      customData: customData ?? null,
    });
    return toPaymentView(payment) as Payment;
  }

  @Authorized()
  @Mutation(() => Payment, {
    description:
      "Charges a card once (key-in). With `saveAsCustomerUid`, a successful charge also saves the card as your " +
      "billing key under that id (replacing the card of one of yours; CONFLICT if another member uses it). The card " +
      "is sent to i'mport only. A declined card gives status FAILED or UPSTREAM_ERROR, depending on the PG.",
  })
  async payOnce(
    @Ctx() ctx: BillingContext,
    @Arg("merchantUid", () => String, { description: merchantUidDoc }) merchantUid: string,
    @Arg("amount", () => Int, { description: "KRW, 1 to 2,147,483,647." }) amount: number,
    @Arg("card", () => CardInput) card: CardInput,
    @Arg("name", () => String, { description: nameDoc }) name: string,
    @Arg("saveAsCustomerUid", () => String, { nullable: true })
    saveAsCustomerUid: string | undefined,
    @Arg("customer", () => CustomerInput, { nullable: true, description: "The buyer." })
    customer: CustomerInput | undefined,
    @Arg("taxFree", () => Int, { nullable: true }) taxFree: number | undefined,
    @Arg("customData", () => String, { nullable: true, description: customDataDoc })
    customData: string | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<Payment> {
    const payment = await ctx.billing.payOnce(ownerFor(ctx, corpNum), {
      merchantUid,
      amount,
      card,
      name,
      saveAsCustomerUid: saveAsCustomerUid ?? null,
      customer: customer ?? null,
      taxFree: taxFree ?? null,
      customData: customData ?? null,
    });
    return toPaymentView(payment) as Payment;
  }

  @Authorized()
  @Mutation(() => Payment, {
    description:
      "Refunds all (amount omitted or 0) or part of your payment, named by exactly one of impUid and merchantUid. " +
      "`amount` may not exceed amount - cancelAmount. CONFLICT when nothing is left to refund. CANCELLED is also " +
      "delivered on `paymentEvents`.",
  })
  async cancelPayment(
    @Ctx() ctx: BillingContext,
    @Arg("reason", () => String, { description: "Why (at most 256 characters)." }) reason: string,
    @Arg("impUid", () => String, { nullable: true }) impUid: string | undefined,
    @Arg("merchantUid", () => String, { nullable: true }) merchantUid: string | undefined,
    @Arg("amount", () => Int, { nullable: true, description: "KRW to refund; omitted or 0 = all." })
    amount: number | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<Payment> {
    const payment = await ctx.billing.cancelPayment(ownerFor(ctx, corpNum), {
      impUid: impUid ?? null,
      merchantUid: merchantUid ?? null,
      amount: amount ?? null,
      reason,
    });
    return toPaymentView(payment) as Payment;
  }

  @Authorized()
  @Query(() => Payment, {
    description:
      "One of your payments, by exactly one of impUid and merchantUid (the newest attempt of that order). " +
      "NOT_FOUND for a payment that is not yours.",
  })
  async payment(
    @Ctx() ctx: BillingContext,
    @Arg("impUid", () => String, { nullable: true }) impUid: string | undefined,
    @Arg("merchantUid", () => String, { nullable: true }) merchantUid: string | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<Payment> {
    const payment = await ctx.billing.getPayment(ownerFor(ctx, corpNum), {
      impUid: impUid ?? null,
      merchantUid: merchantUid ?? null,
    });
    return toPaymentView(payment) as Payment;
  }

  @Authorized()
  @Subscription(() => PaymentEvent, {
    description:
      "Verified payment outcomes of your member business: PAID, FAILED, CANCELLED, SCHEDULED_EXECUTED, each once. " +
      "Pass `after` (the last cursor you received) to get what you missed first; `customerUid` narrows to one billing key.",
    subscribe: ({ args, context }: SubscribeData<PaymentEventsArgs, BillingContext>) => {
      const { customerUid } = args;
      return liveEvents(context, {
        domain: "billing",
        after: args.after,
        corpNum: args.corpNum,
        filter: (e) =>
          !customerUid || (e.payload as BillingEventPayload).customerUid === customerUid,
        map: (e, cursor) => toPaymentEventView(e as StoredEvent<BillingEventPayload>, cursor),
      });
    },
  })
  paymentEvents(
    @Root() event: PaymentEvent,
    @Args(() => PaymentEventsArgs) _args: PaymentEventsArgs,
  ): PaymentEvent {
    return event;
  }
}
