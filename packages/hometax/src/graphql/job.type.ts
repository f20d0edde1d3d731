import { Field, Int, ObjectType } from "type-graphql";
import type { HometaxJobView } from "../map/views.js";
import {
  HometaxDateType,
  HometaxDirection,
  HometaxJobState,
  HometaxJobStatus,
  HometaxService,
} from "./enums.js";

/** A HomeTax crawl job. */
@ObjectType("HometaxJob", {
  description:
    "A HomeTax crawl. korbill follows every job it requested and reports each change on `hometaxJobEvents`; " +
    "results can be searched once `status` is COMPLETED, until `expiresAt` (one hour after the request).",
})
export class HometaxJob implements HometaxJobView {
  @Field(() => String, { description: "POPBiLL's 18-digit JobID." })
  jobId!: string;

  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => HometaxDirection, { nullable: true })
  direction!: HometaxDirection | null;

  @Field(() => HometaxDateType, { nullable: true, description: "Tax invoices only." })
  dateType!: HometaxDateType | null;

  @Field(() => String, { nullable: true, description: "First day crawled (yyyy-MM-dd)." })
  from!: string | null;

  @Field(() => String, { nullable: true, description: "Last day crawled (yyyy-MM-dd)." })
  to!: string | null;

  @Field(() => HometaxJobStatus)
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

  @Field(() => String, { nullable: true, description: "ISO-8601 with +09:00." })
  requestedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "One hour after the request (ISO-8601, +09:00).",
  })
  expiresAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "When HomeTax started crawling (ISO-8601, +09:00).",
  })
  startedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it finished (ISO-8601, +09:00)." })
  finishedAt!: string | null;

  @Field(() => Boolean, {
    description:
      "Whether korbill requested this job (only those can be queried by JobID and are followed live).",
  })
  tracked!: boolean;
}
