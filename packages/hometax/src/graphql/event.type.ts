import { Field, Int, ObjectType } from "type-graphql";
import { HometaxJobEventType, HometaxJobState, HometaxJobStatus, HometaxService } from "./enums.js";

/** A crawl-job event; self-contained. */
@ObjectType("HometaxJobEvent", {
  // Plain data fields: graphql-js reads them directly (no per-field type-graphql wrapper).
  simpleResolvers: true,
  description:
    "A change of a crawl job. Pass its cursor as `after` when resubscribing to receive what you missed.",
})
export class HometaxJobEvent {
  @Field(() => String, { description: "Opaque position in the event log; resume after it." })
  cursor!: string;

  @Field(() => HometaxJobEventType)
  type!: HometaxJobEventType;

  @Field(() => String)
  jobId!: string;

  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => HometaxJobStatus, { description: "The job's status after this event." })
  status!: HometaxJobStatus;

  @Field(() => HometaxJobState, { nullable: true, description: "POPBiLL's own state." })
  jobState!: HometaxJobState | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Once finished: 1 for success, otherwise POPBiLL's error code (e.g. -11100001 Failed login HomeTax).",
  })
  errorCode!: number | null;

  @Field(() => String, { nullable: true, description: "Once failed: POPBiLL's reason." })
  errorReason!: string | null;

  @Field(() => Int, { description: "Documents collected so far." })
  collectCount!: number;

  @Field(() => String, { description: "When korbill recorded it (ISO-8601 with +09:00)." })
  at!: string;
}
