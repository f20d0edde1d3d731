import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** The kind of API key in use. */
export enum TenantKindGql {
  MEMBER = "member",
  PARTNER = "partner",
}
registerEnumType(TenantKindGql, {
  name: "TenantKind",
  description:
    "MEMBER keys act for their own member businesses; PARTNER keys for any member of the partner.",
});

/** Who the caller is, as far as korbill is concerned. */
@ObjectType({ description: "The API key in use and what it may act for." })
export class Viewer {
  @Field(() => String, { description: "The API key's id (never the secret)." })
  keyId!: string;

  @Field(() => String, { description: "The name given to the key when it was created." })
  tenant!: string;

  @Field(() => TenantKindGql)
  kind!: TenantKindGql;

  @Field(() => [String], {
    description:
      "Member businesses (10-digit CorpNums) this key acts for by default; the first is used when `corpNum` is omitted.",
  })
  corpNums!: string[];

  @Field(() => String, { description: "local, test or production." })
  stage!: string;
}

/** One tick of the clock subscription. */
@ObjectType({
  description: "A heartbeat from the gateway, for checking the live connection.",
  // Plain data fields: graphql-js reads them directly (no per-field type-graphql wrapper).
  simpleResolvers: true,
})
export class ClockTick {
  @Field(() => Int, { description: "1, 2, 3, ... for this subscription." })
  seq!: number;

  @Field(() => String, { description: "Gateway time, ISO-8601 with the +09:00 offset." })
  now!: string;
}
