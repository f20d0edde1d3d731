import { Field, Int, ObjectType } from "type-graphql";
import type { BillingKeyView, PageView } from "../map/views.js";
import { pageOf } from "./page.type.js";

/** A billing key: a card i'mport keeps under your customerUid, shown masked. */
@ObjectType("BillingKey", {
  description:
    "A billing key: a card that i'mport (not korbill, not you) keeps under your `customerUid`, so you can charge it " +
    "later without the card. Only the masked number and card names are ever shown or stored. " +
    "Issuing a key again under the same customerUid REPLACES its card: the previous billing key is deleted " +
    "(seed 004) and later charges use the new card. `replaced` and `updatedAt` show that it happened.",
})
export class BillingKey implements BillingKeyView {
  @Field(() => String, { description: "Your id for this customer's card (at most 80 characters)." })
  customerUid!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The card number as i'mport masked it, e.g. `123456******3456`. The mask varies by PG.",
  })
  cardNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Card product name, e.g. `신한카드`." })
  cardName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Card company code (financial-industry standard), e.g. `366` Shinhan, `381` KB.",
  })
  cardCode!: string | null;

  @Field(() => String, { nullable: true, description: "The issuing company, when the PG tells." })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: "The PG that holds the key, e.g. `nice`." })
  pgProvider!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "When the customerUid was first issued (ISO-8601, +09:00); kept across replacements.",
  })
  insertedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "When its card was last issued or replaced (ISO-8601, +09:00).",
  })
  updatedAt!: string | null;

  @Field(() => Boolean, {
    description:
      "True once the card under this customerUid was replaced by a later issue (updatedAt differs from insertedAt).",
  })
  replaced!: boolean;

  @Field(() => Int, { description: "How many replacements korbill has seen." })
  replacementCount!: number;
}

/** One page of your billing keys. */
export const BillingKeyPage = pageOf(
  BillingKey,
  "BillingKeyPage",
  "One page of your billing keys, newest first.",
);
/** A value of BillingKeyPage. */
export type BillingKeyPage = PageView<BillingKey>;
