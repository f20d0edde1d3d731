import {
  RateLimitedError,
  UpstreamConflictError,
  UpstreamError,
  isUnavailable,
} from "@korbill/core-auth";
import type { WireIssueResponse } from "../wire.js";
import type { CashbillContext } from "./context.js";

/**
 * Issues one receipt exactly once. The mgtKey is recorded first and is the idempotency key:
 * a reply lost in transit is reconciled with GetInfo; a retry of a key whose earlier outcome
 * was unknown that POPBiLL refuses as "in use" is answered from GetInfo instead of failing.
 */
export async function issueOnce(
  ctx: CashbillContext,
  corpNum: string,
  mgtKey: string,
  send: () => Promise<WireIssueResponse>,
): Promise<WireIssueResponse> {
  const retry = await ctx.cashbillStore.recordReceipt(corpNum, mgtKey, ctx.now());
  let reply: WireIssueResponse;
  try {
    reply = await send();
  } catch (error) {
    // korbill's own rate limit refuses before sending: a definite refusal, like an upstream one.
    const unknownOutcome =
      isUnavailable(error) ||
      !(error instanceof UpstreamError || error instanceof RateLimitedError);
    if (unknownOutcome || (retry && error instanceof UpstreamConflictError)) {
      const issued = await lookUp(ctx, corpNum, mgtKey);
      if (issued) return issued;
      if (unknownOutcome) throw error; // stays pending: a retry with the same mgtKey is safe
    }
    await ctx.cashbillStore.forgetPendingReceipt(corpNum, mgtKey);
    throw error;
  }
  await ctx.bulk.recordIssued(corpNum, mgtKey, {
    confirmNum: reply.confirmNum,
    tradeDate: reply.tradeDate,
    issueDT: reply.tradeDT,
  });
  return reply;
}

async function lookUp(
  ctx: CashbillContext,
  corpNum: string,
  mgtKey: string,
): Promise<WireIssueResponse | null> {
  try {
    const info = await ctx.cashbill.getInfo(corpNum, mgtKey);
    if (!info?.confirmNum) return null;
    const reply = {
      code: 1,
      message: "issued (reconciled)",
      confirmNum: info.confirmNum,
      tradeDate: info.tradeDate,
      tradeDT: info.tradeDT,
    };
    await ctx.bulk.recordIssued(corpNum, mgtKey, {
      confirmNum: info.confirmNum,
      tradeDate: info.tradeDate,
      issueDT: info.issueDT,
    });
    return reply;
  } catch {
    return null;
  }
}
