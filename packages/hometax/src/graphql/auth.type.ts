import { Field, Int, ObjectType } from "type-graphql";
import { HometaxAuthMethod, HometaxReadinessStatus, HometaxService } from "./enums.js";
import type { HometaxReadinessView } from "../service/readiness.js";
import { AUTH_METHODS_DOC } from "./docs.js";

/** The member's registered HomeTax logins; each field is fetched from POPBiLL when asked for. */
@ObjectType("HometaxAuth", {
  description:
    "Which HomeTax logins the member has registered for one service. Each field asks POPBiLL when selected " +
    "(certificateValid performs a real HomeTax login: select it only when needed). " +
    AUTH_METHODS_DOC,
})
export class HometaxAuth {
  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => String, { description: "The member business (10 digits)." })
  corpNum!: string;

  @Field(() => [HometaxAuthMethod], { description: "The registered logins (empty when none)." })
  methods!: HometaxAuthMethod[];

  @Field(() => Boolean, { description: "Whether a department user (부서사용자) is registered." })
  deptUserRegistered!: boolean;

  @Field(() => Boolean, { description: "Whether a certificate (공동인증서) is registered." })
  certificateRegistered!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "When the registered certificate expires (ISO-8601, +09:00); null without one.",
  })
  certificateExpiresAt!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether HomeTax accepts the certificate right now (a live login test); null without a certificate.",
  })
  certificateValid!: boolean | null;
}

/** A POPBiLL page URL that works for 30 seconds. */
@ObjectType("HometaxPopupUrl", {
  description:
    "A POPBiLL page to open in a popup window; POPBiLL makes it valid for 30 seconds only.",
})
export class HometaxPopupUrl {
  @Field(() => String)
  url!: string;

  @Field(() => String, {
    description: "When the URL stops working (ISO-8601, +09:00): 30 s after it was issued.",
  })
  expiresAt!: string;
}

/** Whether crawling will work now and what to do otherwise. */
@ObjectType("HometaxReadiness", {
  description:
    "One answer to 'will a crawl work right now, and if not, what do I do?', combining POPBiLL's registration " +
    "checks, certificate expiry and live login tests (which korbill keeps to a minimum).",
})
export class HometaxReadiness implements HometaxReadinessView {
  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => HometaxReadinessStatus)
  status!: HometaxReadinessStatus;

  @Field(() => HometaxAuthMethod, {
    nullable: true,
    description: "The login crawling will use (or would try); null when none is registered.",
  })
  method!: HometaxAuthMethod | null;

  @Field(() => String, {
    description: "What to do, in plain English, naming the operations to call.",
  })
  advice!: string;

  @Field(() => String, {
    nullable: true,
    description: "The certificate's expiry (ISO-8601, +09:00), if one is registered.",
  })
  certificateExpiresAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Whole days until the certificate expires (negative once expired).",
  })
  certificateDaysLeft!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "POPBiLL's code of the failing check, e.g. -11100001 (Failed login HomeTax).",
  })
  problemCode!: number | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's message of the failing check." })
  problemMessage!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the member's flat-rate (정액제) contract for the service is active (GetFlatRateState); " +
      "null when it was not checked.",
  })
  flatRateActive!: boolean | null;

  @Field(() => String, { description: "When korbill checked (ISO-8601, +09:00)." })
  checkedAt!: string;
}

/** A successful HomeTax login test. */
@ObjectType("HometaxLoginCheck", {
  description:
    "HomeTax accepted the login. A refused login is not returned here but raised as an error: UPSTREAM_ERROR with " +
    "upstreamCode -11100001 ('Failed login HomeTax') when the department user's ID or password is wrong.",
})
export class HometaxLoginCheck {
  @Field(() => HometaxService)
  service!: HometaxService;

  @Field(() => HometaxAuthMethod)
  method!: HometaxAuthMethod;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { description: "POPBiLL's message." })
  message!: string;
}
