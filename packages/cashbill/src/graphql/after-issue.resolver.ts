import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { InputError, toKstIso } from "@korbill/core-domain";
import {
  CorpNumArgs,
  CorpNumUserIdArgs,
  corpNumFor,
  userIdFor,
} from "@korbill/core-tenancy/graphql";
import { MAX_MASS_PRINT } from "../client/after-issue.js";
import { wireTimeToIso } from "../map/time.js";
import { CASHBILL_LIMITS } from "../validate/index.js";
import {
  CashbillDetail,
  CashbillEmailConfig,
  CashbillLog,
  CashbillPage,
  CashbillPageUrl,
  CashbillPdf,
} from "./after-issue.type.js";
import type { CashbillContext } from "./context.js";

/** How long POPBiLL keeps a `TG=` URL valid (popbill.md §3a [DOC]). */
const URL_LIFETIME_MS = 30_000;
/** SMS text limit (popbill.md §3b: ≤ 90 bytes; Hangul counts 2 as carriers count it). */
const MAX_SMS_BYTES = 90;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9-]{8,20}$/;
const ITEM_KEY = /^[0-9A-Za-z]{1,18}$/;

function bad(path: string, message: string): InputError {
  return new InputError(`${path} ${message}`, [{ path, message }]);
}

function checkKey(mgtKey: string, path: string): string {
  if (!CASHBILL_LIMITS.mgtKey.test(mgtKey)) throw bad(path, "must be 1-24 of A-Z a-z 0-9 _ -");
  return mgtKey;
}

function checkPhone(value: string, path: string): string {
  if (!PHONE.test(value)) throw bad(path, "must be a phone number (8-20 digits or -)");
  return value;
}

function smsBytes(text: string): number {
  let bytes = 0;
  for (const c of text) bytes += c.charCodeAt(0) < 0x80 ? 1 : 2;
  return bytes;
}

async function expiring(now: () => number, call: () => Promise<{ url: string }>) {
  const sentAt = now(); // read before the call: expiresAt never overstates the URL's life
  const reply = await call();
  return { url: reply.url, expiresAt: toKstIso(sentAt + URL_LIFETIME_MS) };
}

/**
 * What comes after issuance (issue 25): receipt pages, resends, history, e-mail settings,
 * keys of receipts issued outside korbill. Every call validates its input and resolves the
 * member from the API key (a key never reaches another member's receipts) before any
 * upstream call.
 */
@Resolver()
export class CashbillAfterIssueResolver {
  @Authorized()
  @Query(() => CashbillPageUrl, {
    description:
      "A POPBiLL page of one receipt (getPopUpURL, getViewURL, getPrintURL, getMailURL, getPDFURL), valid 30 seconds. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003.",
  })
  cashbillPageUrl(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Arg("page", () => CashbillPage) page: CashbillPage,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillPageUrl> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    const user = userIdFor(ctx, userId);
    return expiring(
      () => ctx.now(),
      () => ctx.cashbill.getReceiptURL(member, mgtKey, page, user),
    );
  }

  @Authorized()
  @Query(() => CashbillPageUrl, {
    description: `One print page of up to ${MAX_MASS_PRINT} receipts (getMassPrintURL), valid 30 seconds.`,
  })
  cashbillMassPrintUrl(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKeys", () => [String]) mgtKeys: string[],
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillPageUrl> {
    const member = corpNumFor(ctx, corpNum);
    if (mgtKeys.length === 0 || mgtKeys.length > MAX_MASS_PRINT)
      throw bad("mgtKeys", `must hold 1 to ${MAX_MASS_PRINT} keys`);
    mgtKeys.forEach((k, i) => checkKey(k, `mgtKeys.${i}`));
    const user = userIdFor(ctx, userId);
    return expiring(
      () => ctx.now(),
      () => ctx.cashbill.getMassPrintURL(member, mgtKeys, user),
    );
  }

  @Authorized()
  @Query(() => CashbillPdf, {
    description:
      "The receipt's PDF (getPDF), fetched by the gateway for the key's own member and returned inline as base64. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003.",
  })
  async cashbillPdf(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillPdf> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    const pdf = await ctx.cashbill.getPDF(member, mgtKey, userIdFor(ctx, userId));
    return {
      fileName: `${mgtKey}.pdf`,
      contentType: "application/pdf",
      size: pdf.length,
      base64: pdf.toString("base64"),
    };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Sends the receipt to an e-mail address again (sendEmail). Sent once: never retried by korbill.",
  })
  async resendCashbillEmail(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Arg("receiver", () => String, { description: "E-mail address." }) receiver: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    if (!EMAIL.test(receiver) || receiver.length > 100)
      throw bad("receiver", "must be an e-mail address");
    await ctx.cashbill.sendEmail(member, mgtKey, receiver, userIdFor(ctx, userId));
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: `Sends a text message about the receipt (sendSMS; points are charged). contents: at most ${MAX_SMS_BYTES} bytes (Hangul counts 2). Sent once.`,
  })
  async resendCashbillSms(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Arg("sender", () => String, { description: "Registered sender number." }) sender: string,
    @Arg("receiver", () => String, { description: "Mobile number." }) receiver: string,
    @Arg("contents", () => String) contents: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    checkPhone(sender, "sender");
    checkPhone(receiver, "receiver");
    if (contents.trim() === "") throw bad("contents", "must not be empty");
    if (smsBytes(contents) > MAX_SMS_BYTES)
      throw bad("contents", `must be at most ${MAX_SMS_BYTES} bytes (Hangul counts 2)`);
    await ctx.cashbill.sendSMS(
      member,
      mgtKey,
      { sender, receiver, contents },
      userIdFor(ctx, userId),
    );
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Faxes the receipt (sendFAX; points are charged). Sent once.",
  })
  async resendCashbillFax(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Arg("sender", () => String, { description: "Sender fax number." }) sender: string,
    @Arg("receiver", () => String, { description: "Receiver fax number." }) receiver: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    checkPhone(sender, "sender");
    checkPhone(receiver, "receiver");
    await ctx.cashbill.sendFAX(member, mgtKey, { sender, receiver }, userIdFor(ctx, userId));
    return true;
  }

  @Authorized()
  @Query(() => CashbillDetail, {
    description:
      "A receipt's full record (getDetailInfo): what `cashbill` does not carry. Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003.",
  })
  async cashbillDetail(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillDetail> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    const d = await ctx.cashbill.getDetailInfo(member, mgtKey, userIdFor(ctx, userId));
    const t = (v: string | null | undefined) =>
      v === undefined || v === null || v === "" ? null : v;
    return {
      mgtKey: d.mgtKey ?? mgtKey,
      franchiseCorpNum: t(d.franchiseCorpNum),
      franchiseTaxRegId: t(d.franchiseTaxRegID),
      franchiseCorpName: t(d.franchiseCorpName),
      franchiseCeoName: t(d.franchiseCEOName),
      franchiseAddr: t(d.franchiseAddr),
      franchiseTel: t(d.franchiseTEL),
      fax: t(d.fax),
      smsSend: d.smssendYN === true,
      faxSend: d.faxsendYN === true,
      emailSubject: t(d.emailSubject),
      cancelType: typeof d.cancelType === "number" ? d.cancelType : null,
    };
  }

  @Authorized()
  @Query(() => [CashbillLog], {
    description:
      "A receipt's history, oldest first (getLogs). Unknown mgtKey: UPSTREAM_ERROR with upstreamCode -14000003.",
  })
  async cashbillLogs(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillLog[]> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    const logs = await ctx.cashbill.getLogs(member, mgtKey, userIdFor(ctx, userId));
    return logs.map((l) => ({
      docLogType: l.docLogType,
      log: l.log ?? null,
      procType: l.procType ?? null,
      procMemo: l.procMemo || null,
      at: wireTimeToIso(l.regDT),
      ip: l.ip || null,
    }));
  }

  @Authorized()
  @Query(() => [CashbillEmailConfig], {
    description: "The member's buyer e-mail settings for cash receipts (listEmailConfig).",
  })
  async cashbillEmailConfig(
    @Ctx() ctx: CashbillContext,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<CashbillEmailConfig[]> {
    const member = corpNumFor(ctx, corpNum);
    const list = await ctx.cashbill.listEmailConfig(member, userIdFor(ctx, userId));
    return list.map((c) => ({ emailType: c.emailType, send: c.sendYN }));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Turns the buyer's issue e-mail (CSH_ISSUE, the only type POPBiLL accepts) on or off (updateEmailConfig).",
  })
  async setCashbillIssueEmail(
    @Ctx() ctx: CashbillContext,
    @Arg("send", () => Boolean) send: boolean,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    await ctx.cashbill.updateEmailConfig(member, "CSH_ISSUE", send, userIdFor(ctx, userId));
    return true;
  }

  @Authorized()
  @Query(() => Boolean, {
    description:
      "Whether a document number is in use by one of the member's receipts (checkMgtKeyInUse).",
  })
  async cashbillMgtKeyInUse(
    @Ctx() ctx: CashbillContext,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumArgs) { corpNum }: CorpNumArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    checkKey(mgtKey, "mgtKey");
    // SDK checkMgtKeyInUse: getInfo, in use when itemKey is set; unknown key (-14000003) = free
    const info = await ctx.cashbillInfo.load({ corpNum: member, mgtKey });
    return typeof info?.itemKey === "string" && info.itemKey !== "";
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Gives a document number to a receipt issued outside korbill, found by POPBiLL's itemKey (assignMgtKey).",
  })
  async assignCashbillMgtKey(
    @Ctx() ctx: CashbillContext,
    @Arg("itemKey", () => String, { description: "POPBiLL's id of the receipt (18 characters)." })
    itemKey: string,
    @Arg("mgtKey", () => String) mgtKey: string,
    @Args(() => CorpNumUserIdArgs) { corpNum, userId }: CorpNumUserIdArgs,
  ): Promise<boolean> {
    const member = corpNumFor(ctx, corpNum);
    if (!ITEM_KEY.test(itemKey)) throw bad("itemKey", "must be 1-18 letters or digits");
    checkKey(mgtKey, "mgtKey");
    await ctx.cashbill.assignMgtKey(member, itemKey, mgtKey, userIdFor(ctx, userId));
    return true;
  }
}
