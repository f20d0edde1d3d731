import { Field, InputType } from "type-graphql";
import type { CardData, CustomerData } from "../map/inputs.js";

/** A card as the customer typed it; relayed to i'mport, never stored or logged by korbill. */
@InputType("CardInput", {
  description:
    "A card as the customer typed it. korbill sends it to i'mport over TLS and never stores, logs or echoes it; " +
    "only i'mport's masked number is kept. You need the customer's consent and a PG contract for key-in payments.",
})
export class CardInput implements CardData {
  @Field(() => String, {
    description:
      "15 or 16 digits, dashes allowed (`1234-5678-9012-3456`); must pass the Luhn check.",
  })
  number!: string;

  @Field(() => String, { description: "Expiry month, `YYYY-MM`; not in the past." })
  expiry!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Personal card: the holder's birth date `YYMMDD`. Corporate card: the 10-digit business registration number. " +
      "Whether it is required depends on the PG contract.",
  })
  birth?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The first 2 digits of the card PIN (required by most Korean PGs for personal cards).",
  })
  pinPrefix?: string | null;
}

/** The card holder. */
@InputType("CustomerInput", {
  description:
    "The card holder. With a billing key, i'mport keeps it (name ≤ 20, tel ≤ 20, email ≤ 200, address ≤ 200, " +
    "postcode ≤ 8 characters); as a key-in payment's buyer the limits are 16, 16, 64, 128 and 8.",
})
export class CustomerInput implements CustomerData {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number, e.g. `010-1234-5678`." })
  tel?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: "Korean postcode (5 digits)." })
  postcode?: string | null;
}
