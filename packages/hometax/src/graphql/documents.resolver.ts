import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { UpstreamServerError } from "@korbill/core-upstream";
import { toKstIso } from "@korbill/core-domain";
import { CorpNumUserIdArgs, corpNumFor, userIdFor } from "@korbill/core-tenancy/graphql";
import { isHometaxRefusal } from "../client/errors.js";
import { noFlatRate, toFlatRate, toTaxinvoiceDetail } from "../map/documents.js";
import { validateNtsConfirmNum } from "../validate/documents.js";
import { validateService } from "../validate/job.js";
import { HometaxPopupUrl } from "./auth.type.js";
import type { HometaxContext } from "./context.js";
import { serviceArgDoc } from "./docs.js";
import { HometaxFlatRate, HometaxTaxinvoiceDetail } from "./documents.type.js";
import { HometaxService } from "./enums.js";

/** URLs POPBiLL issues for popups stop working after this (popbill.md §3a [DOC]). */
const POPUP_LIFETIME_MS = 30_000;
const ntsArg = {
  description:
    "The invoice's NTS confirm number (국세청승인번호, 24 characters), as a crawl listed it.",
};

function expiring(ctx: HometaxContext, sentAt: number, url: string): HometaxPopupUrl {
  if (typeof url !== "string" || url === "")
    throw new UpstreamServerError({
      upstream: "popbill",
      message: "POPBiLL replied without a url",
    });
  return { url, expiresAt: toKstIso(sentAt + POPUP_LIFETIME_MS) };
}

/**
 * The flat-rate contract crawling needs, and a crawled tax invoice's detail, XML, view and
 * print pages (popbill@1.64.2 HTTaxinvoiceService.js / HTCashbillService.js).
 */
/** A crawled tax invoice's popup page (view or print), validated before the call. */
async function taxinvoicePage(
  ctx: HometaxContext,
  page: "getPopUpURL" | "getPrintURL",
  ntsConfirmNum: string,
  corpNum: string | undefined,
  userId: string | undefined,
): Promise<HometaxPopupUrl> {
  const num = validateNtsConfirmNum(ntsConfirmNum);
  const member = corpNumFor(ctx, corpNum);
  const sentAt = ctx.now();
  const url = await ctx.hometax.taxinvoice[page](member, num, userIdFor(ctx, userId));
  return expiring(ctx, sentAt, url);
}

@Resolver()
export class HometaxDocumentsResolver {
  @Authorized()
  @Query(() => HometaxFlatRate, {
    description:
      "The member's flat-rate (정액제) contract for a crawl service (GetFlatRateState). Crawling needs one; " +
      "`active: false` when POPBiLL has none (not an error).",
  })
  async hometaxFlatRate(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxFlatRate> {
    validateService(service);
    const member = corpNumFor(ctx, corpNum);
    const calls = ctx.hometax.service(service);
    try {
      return toFlatRate(
        service,
        member,
        await calls.getFlatRateState(member, userIdFor(ctx, userId)),
      );
    } catch (error) {
      if (!isHometaxRefusal(error)) throw error;
      return noFlatRate(service, member, { code: error.code ?? null, message: error.message });
    }
  }

  @Authorized()
  @Query(() => HometaxPopupUrl, {
    description:
      "POPBiLL's flat-rate subscription page for a crawl service (GetFlatRatePopUpURL), to open in a popup. " +
      "The URL works for 30 seconds: fetch it when the user clicks.",
  })
  async hometaxFlatRatePopupUrl(
    @Ctx() ctx: HometaxContext,
    @Arg("service", () => HometaxService, { description: serviceArgDoc }) service: HometaxService,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxPopupUrl> {
    validateService(service);
    const member = corpNumFor(ctx, corpNum);
    const sentAt = ctx.now();
    const url = await ctx.hometax
      .service(service)
      .getFlatRatePopUpURL(member, userIdFor(ctx, userId));
    return expiring(ctx, sentAt, url);
  }

  @Authorized()
  @Query(() => HometaxTaxinvoiceDetail, {
    description:
      "A crawled tax invoice in full (GetTaxinvoice), by the NTS confirm number a crawl listed. An unknown " +
      "number fails with UPSTREAM_ERROR (upstreamCode -11100020).",
  })
  async hometaxTaxinvoiceDetail(
    @Ctx() ctx: HometaxContext,
    @Arg("ntsConfirmNum", () => String, ntsArg) ntsConfirmNum: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxTaxinvoiceDetail> {
    const num = validateNtsConfirmNum(ntsConfirmNum);
    const member = corpNumFor(ctx, corpNum);
    return toTaxinvoiceDetail(
      await ctx.hometax.taxinvoice.getTaxinvoice(member, num, userIdFor(ctx, userId)),
    );
  }

  @Authorized()
  @Query(() => String, {
    description:
      "A crawled tax invoice as its XML document (GetXML), as text. Same errors as hometaxTaxinvoiceDetail.",
  })
  async hometaxTaxinvoiceXml(
    @Ctx() ctx: HometaxContext,
    @Arg("ntsConfirmNum", () => String, ntsArg) ntsConfirmNum: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<string> {
    const num = validateNtsConfirmNum(ntsConfirmNum);
    const member = corpNumFor(ctx, corpNum);
    const reply = await ctx.hometax.taxinvoice.getXML(member, num, userIdFor(ctx, userId));
    if (typeof reply?.retObject !== "string" || reply.retObject === "")
      throw new UpstreamServerError({
        upstream: "popbill",
        message: "POPBiLL replied without XML",
      });
    return reply.retObject;
  }

  @Authorized()
  @Query(() => HometaxPopupUrl, {
    description:
      "POPBiLL's view of a crawled tax invoice (GetPopUpURL), to open in a popup; works for 30 seconds.",
  })
  async hometaxTaxinvoiceViewUrl(
    @Ctx() ctx: HometaxContext,
    @Arg("ntsConfirmNum", () => String, ntsArg) ntsConfirmNum: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxPopupUrl> {
    return taxinvoicePage(ctx, "getPopUpURL", ntsConfirmNum, corpNum, userId);
  }

  @Authorized()
  @Query(() => HometaxPopupUrl, {
    description:
      "POPBiLL's print view of a crawled tax invoice (GetPrintURL), to open in a popup; works for 30 seconds.",
  })
  async hometaxTaxinvoicePrintUrl(
    @Ctx() ctx: HometaxContext,
    @Arg("ntsConfirmNum", () => String, ntsArg) ntsConfirmNum: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<HometaxPopupUrl> {
    return taxinvoicePage(ctx, "getPrintURL", ntsConfirmNum, corpNum, userId);
  }
}
