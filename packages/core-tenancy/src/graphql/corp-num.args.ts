// type-graphql reads decorator metadata as these classes are declared, on import.
import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { CORP_NUM_ARG } from "./context.js";
import { USER_ID_ARG } from "./user-id.js";

/**
 * The optional `corpNum` argument every member-scoped operation takes
 * (`@Args(() => CorpNumArgs) { corpNum }: CorpNumArgs`); resolve it with `corpNumFor`.
 */
@ArgsType()
export class CorpNumArgs {
  @Field(() => String, CORP_NUM_ARG)
  corpNum?: string;
}

/**
 * `corpNum` and `userId`, the pair every POPBiLL operation whose SDK call takes a UserID
 * repeats; resolve them with `corpNumFor` and `userIdFor`.
 */
@ArgsType()
export class CorpNumUserIdArgs extends CorpNumArgs {
  @Field(() => String, USER_ID_ARG)
  userId?: string;
}

/**
 * The arguments every event subscription takes: `after` (resume after a cursor) and
 * `corpNum`. A subscription's `subscribe` gets them as {@link SubscribeData}.
 */
@ArgsType()
export class EventStreamArgs extends CorpNumArgs {
  @Field(() => String, { nullable: true, description: "Resume after this cursor." })
  after?: string;
}

/**
 * What type-graphql hands a subscription's `subscribe` function, typed: `args` as the field's
 * `@ArgsType` class declares them and the request context. GraphQL has validated the
 * arguments against that same class before `subscribe` runs.
 */
export interface SubscribeData<Args, Context> {
  args: Args;
  context: Context;
}
