import { ArgsType, Field } from "type-graphql";
import {
  CORP_NUM_ARG,
  type EventsContext,
  corpNumFor,
  requireTenant,
} from "@korbill/core-tenancy/graphql";
import type { BillingService } from "../service/billing-service.js";
import type { Owner } from "../store/store.js";

/** What the billing resolvers read from the request context (`createBillingServices` gives it). */
export interface BillingContext extends EventsContext {
  billing: BillingService;
}

/** The member the call acts for (and the API key, for audit). */
export function ownerFor(ctx: BillingContext, corpNum?: string | null): Owner {
  const member = corpNumFor(ctx, corpNum);
  return { corpNum: member, keyId: requireTenant(ctx).keyId };
}

/**
 * The `corpNum` argument every billing operation takes: the shared one, with a line on who owns
 * billing keys and payments.
 */
@ArgsType()
export class BillingCorpNumArgs {
  @Field(() => String, {
    nullable: true,
    description: `${CORP_NUM_ARG.description} Billing keys and payments belong to the member that created them.`,
  })
  corpNum?: string;
}
