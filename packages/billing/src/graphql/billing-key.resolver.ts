import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { toBillingKeyView, toPageView, toPaymentView } from "../map/views.js";
import { BillingKey, BillingKeyPage } from "./billing-key.type.js";
import { CardInput, CustomerInput } from "./card.input.js";
import { BillingCorpNumArgs, type BillingContext, ownerFor } from "./context.js";
import { PaymentPage } from "./payment.type.js";

const customerUidArg = {
  description: "Your id for the customer's card: 1-80 characters of A-Z a-z 0-9 _ - . @",
} as const;

/** Billing keys: issue, replace, read, list, delete, and the payments made with one. */
@Resolver(() => BillingKey)
export class BillingKeyResolver {
  @Authorized()
  @Mutation(() => BillingKey, {
    description:
      "Registers a card with i'mport as a billing key under `customerUid`, so it can be charged later without the card. " +
      "Everything is validated first (BAD_USER_INPUT, nothing sent). Reusing a customerUid of yours REPLACES its card: " +
      "the previous billing key is deleted and can never be charged again (seed 004; i'mport keeps one key per customerUid), " +
      "pending schedules charge the new card, and the key shows `replaced: true` and a new `updatedAt`. " +
      "A customerUid another member uses is a CONFLICT. The card is never stored; only i'mport's masked number is. " +
      "A refused card is UPSTREAM_ERROR with the PG's reason.",
  })
  async issueBillingKey(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String, customerUidArg) customerUid: string,
    @Arg("card", () => CardInput) card: CardInput,
    @Arg("customer", () => CustomerInput, { nullable: true }) customer: CustomerInput | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<BillingKey> {
    const row = await ctx.billing.issueBillingKey(
      ownerFor(ctx, corpNum),
      customerUid,
      card,
      customer,
    );
    return toBillingKeyView(row);
  }

  @Authorized()
  @Mutation(() => BillingKey, {
    description:
      "Deletes your billing key at i'mport (irreversible). Its pending schedules are unscheduled first. " +
      "Returns the key as it was. NOT_FOUND for a key that is not yours. The customerUid stays yours.",
  })
  async deleteBillingKey(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String, customerUidArg) customerUid: string,
    @Arg("reason", () => String, { nullable: true, description: "Why (kept by i'mport)." })
    reason: string | undefined,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<BillingKey> {
    const row = await ctx.billing.deleteBillingKey(ownerFor(ctx, corpNum), customerUid, reason);
    return toBillingKeyView(row);
  }

  @Authorized()
  @Query(() => BillingKey, {
    description:
      "One of your billing keys, as i'mport shows it now (masked card). NOT_FOUND for a deleted key or one that is not yours.",
  })
  async billingKey(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String, customerUidArg) customerUid: string,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<BillingKey> {
    return toBillingKeyView(await ctx.billing.getBillingKey(ownerFor(ctx, corpNum), customerUid));
  }

  @Authorized()
  @Query(() => BillingKeyPage, {
    description: "Your billing keys (issued through korbill and not deleted), newest first.",
  })
  async billingKeys(
    @Ctx() ctx: BillingContext,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("perPage", () => Int, { defaultValue: 20, description: "1-100." }) perPage: number,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<BillingKeyPage> {
    const { total, rows } = await ctx.billing.listBillingKeys(
      ownerFor(ctx, corpNum),
      page,
      perPage,
    );
    const pages = Math.max(1, Math.ceil(total / perPage));
    return {
      total,
      page,
      previousPage: page > 1 ? Math.min(page - 1, pages) : null,
      nextPage: page < pages ? page + 1 : null,
      items: rows.map(toBillingKeyView),
    };
  }

  @Authorized()
  @Query(() => PaymentPage, {
    description:
      "Payments made with your billing key, newest first, 20 per page (i'mport's paging).",
  })
  async billingKeyPayments(
    @Ctx() ctx: BillingContext,
    @Arg("customerUid", () => String, customerUidArg) customerUid: string,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Args(() => BillingCorpNumArgs) { corpNum }: BillingCorpNumArgs,
  ): Promise<PaymentPage> {
    const reply = await ctx.billing.billingKeyPayments(ownerFor(ctx, corpNum), customerUid, page);
    return toPageView(reply, toPaymentView) as PaymentPage;
  }
}
