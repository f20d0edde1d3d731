import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { toKstIso } from "@korbill/core-domain";
import { CorpNumUserIdArgs, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import { checkReadiness } from "../service/readiness.js";
import {
  type CertificateRegistration,
  type Registration,
  certificateLogin,
  certificateRegistration,
  deptUserRegistration,
} from "../service/auth-status.js";
import { redacted, requireSuccess } from "../client/errors.js";
import { validateDeptUser } from "../validate/dept-user.js";
import { validateService } from "../validate/job.js";
import { HometaxAuth, HometaxLoginCheck, HometaxPopupUrl, HometaxReadiness } from "./auth.type.js";
import type { HometaxContext } from "./context.js";
import { AUTH_METHODS_DOC, serviceArgDoc } from "./docs.js";
import { HometaxAuthMethod, HometaxService } from "./enums.js";

/** What `HometaxAuth`'s field resolvers work from; lookups are shared between fields. */
interface AuthRoot {
  service: HometaxService;
  corpNum: string;
  userId: string | undefined;
  dept?: Promise<Registration>;
  cert?: Promise<CertificateRegistration>;
}

/** URLs POPBiLL issues for popups stop working after this. */
const POPUP_LIFETIME_MS = 30_000;

function member(
  ctx: HometaxContext,
  service: HometaxService,
  corpNum?: string | null,
  userId?: string | null,
) {
  validateService(service);
  return {
    corpNum: corpNumFor(ctx, corpNum),
    userId: userIdFor(ctx, userId),
    calls: ctx.hometax.service(service),
  };
}

/** HomeTax authentication: what is registered, readiness, registering and testing logins. */
@Resolver(() => HometaxAuth)
export class HometaxAuthResolver {
  @Authorized()
  @Query(() => HometaxAuth, {
    description: `The HomeTax logins registered for one service. ${AUTH_METHODS_DOC}`,
  })
  hometaxAuth(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): AuthRoot {
    const m = member(ctx, service, corpNum, userId);
    return { service, corpNum: m.corpNum, userId: m.userId };
  }

  @FieldResolver(() => Boolean)
  async deptUserRegistered(@Root() root: AuthRoot, @Ctx() ctx: HometaxContext): Promise<boolean> {
    return (await this.dept(root, ctx)).registered;
  }

  @FieldResolver(() => Boolean)
  async certificateRegistered(
    @Root() root: AuthRoot,
    @Ctx() ctx: HometaxContext,
  ): Promise<boolean> {
    return (await this.cert(root, ctx)).registered;
  }

  @FieldResolver(() => String, { nullable: true })
  async certificateExpiresAt(
    @Root() root: AuthRoot,
    @Ctx() ctx: HometaxContext,
  ): Promise<string | null> {
    const cert = await this.cert(root, ctx);
    return cert.expiresAt ? toKstIso(cert.expiresAt) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  async certificateValid(
    @Root() root: AuthRoot,
    @Ctx() ctx: HometaxContext,
  ): Promise<boolean | null> {
    if (!(await this.cert(root, ctx)).registered) return null;
    return (await certificateLogin(ctx.hometax.service(root.service), root.corpNum)).ok;
  }

  @FieldResolver(() => [HometaxAuthMethod])
  async methods(@Root() root: AuthRoot, @Ctx() ctx: HometaxContext): Promise<HometaxAuthMethod[]> {
    const [dept, cert] = await Promise.all([this.dept(root, ctx), this.cert(root, ctx)]);
    return [
      ...(dept.registered ? [HometaxAuthMethod.DEPT_USER] : []),
      ...(cert.registered ? [HometaxAuthMethod.CERTIFICATE] : []),
    ];
  }

  @Authorized()
  @Query(() => HometaxPopupUrl, {
    description:
      "POPBiLL's HomeTax-authentication page, to open in a popup: there the member registers a certificate " +
      "(공동인증서) or a department user. The URL works for 30 seconds: fetch it when the user clicks.",
  })
  async hometaxCertificatePopupUrl(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxPopupUrl> {
    const m = member(ctx, service, corpNum, userId);
    const url = await m.calls.getCertificatePopUpURL(m.corpNum, m.userId);
    return { url, expiresAt: toKstIso(ctx.now() + POPUP_LIFETIME_MS) };
  }

  @Authorized()
  @Query(() => HometaxReadiness, {
    description:
      "Whether a crawl requested now would work, which login it would use, and what to do if not. Combines the " +
      "registration checks, the certificate's expiry (warning 30 days ahead) and a live HomeTax login test. " +
      AUTH_METHODS_DOC,
  })
  hometaxReadiness(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxReadiness> {
    const m = member(ctx, service, corpNum, userId);
    return checkReadiness(m.calls, service, m.corpNum, () => ctx.now(), m.userId);
  }

  @Authorized()
  @Mutation(() => HometaxAuth, {
    description:
      "Registers the member's HomeTax department user (부서사용자) with POPBiLL, replacing any earlier one — the " +
      "recommended login: free, read-only, semi-permanent, several logins at once. POPBiLL checks it against " +
      "HomeTax: a wrong ID or password fails with UPSTREAM_ERROR (upstreamCode -11100001, 'Failed login HomeTax'). " +
      "korbill never stores or logs the password.",
  })
  async registerHometaxDeptUser(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Arg("id", () => String, {
      description: "The department user's HomeTax ID (at most 50 characters).",
    })
    id: string,
    @Arg("password", () => String, {
      description: "Its HomeTax password (at most 50 characters). Never stored by korbill.",
    })
    password: string,
    @Arg("identityNum", () => String, {
      nullable: true,
      description:
        "Optional identity number POPBiLL may ask for (secAuth; 6-13 digits). Never stored by korbill.",
    })
    identityNum: string | undefined,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<AuthRoot> {
    validateService(service);
    validateDeptUser({ id, password, identityNum: identityNum ?? null });
    const m = member(ctx, service, corpNum, userId);
    const secAuth = identityNum ? identityNum.replaceAll("-", "") : undefined;
    const reply = await m.calls.registDeptUser(m.corpNum, { id, pwd: password, secAuth }, m.userId);
    try {
      requireSuccess(reply);
    } catch (error) {
      throw redacted(error, [password, secAuth ?? ""]);
    }
    return { service, corpNum: m.corpNum, userId: m.userId };
  }

  @Authorized()
  @Mutation(() => HometaxAuth, {
    description: "Deletes the member's registered department user for the service.",
  })
  async deleteHometaxDeptUser(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<AuthRoot> {
    const m = member(ctx, service, corpNum, userId);
    requireSuccess(await m.calls.deleteDeptUser(m.corpNum, m.userId));
    return { service, corpNum: m.corpNum, userId: m.userId };
  }

  @Authorized()
  @Mutation(() => HometaxLoginCheck, {
    description:
      "Logs in to HomeTax with the registered department user, now. A refusal is an error: UPSTREAM_ERROR with " +
      "upstreamCode -11100001 ('Failed login HomeTax') for a wrong ID or password, or upstreamCode " +
      "-11100025 ('The information of HomeTax Authentication does not exist') when none is registered.",
  })
  async checkHometaxDeptUserLogin(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxLoginCheck> {
    const m = member(ctx, service, corpNum, userId);
    const reply = requireSuccess(await m.calls.checkLoginDeptUser(m.corpNum));
    return { service, method: HometaxAuthMethod.DEPT_USER, ok: true, message: reply.message ?? "" };
  }

  private dept(root: AuthRoot, ctx: HometaxContext): Promise<Registration> {
    root.dept ??= deptUserRegistration(
      ctx.hometax.service(root.service),
      root.corpNum,
      root.userId,
    );
    return root.dept;
  }

  private cert(root: AuthRoot, ctx: HometaxContext): Promise<CertificateRegistration> {
    root.cert ??= certificateRegistration(ctx.hometax.service(root.service), root.corpNum);
    return root.cert;
  }
}
