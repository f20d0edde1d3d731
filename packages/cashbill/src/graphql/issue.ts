import { createHash } from "node:crypto";
import {
  InFlight,
  UpstreamConflictError,
  UpstreamError,
  isUnavailable,
} from "@korbill/core-upstream";
import { RateLimitedError } from "@korbill/core-domain";
import type { WireIssueResponse } from "../wire.js";
import type { CashbillContext } from "./context.js";

/** One single-receipt request as sent: RegistIssue or RevokeRegistIssue, and its wire body. */
export interface SingleRequest {
  kind: "issue" | "revoke";
  wire: { mgtKey: string };
}

/** SHA-256 of what a single request sends (the wire body is built in a fixed key order). */
export function requestDigest(request: SingleRequest): string {
  return createHash("sha256")
    .update(`${request.kind}\n${JSON.stringify(request.wire)}`)
    .digest("hex");
}

/**
 * Issues one receipt exactly once, with one answer. The mgtKey is recorded first, with the
 * digest of the request, and is the idempotency key: of requests racing for one mgtKey the
 * first to record is sent, and the others are answered without being sent (CONFLICT for other
 * content; the recorded result for the same content once issued). A reply lost in transit is
 * reconciled with GetInfo; a retry of the same request whose earlier outcome was unknown that
 * POPBiLL refuses as "in use" is answered from GetInfo instead of failing. Identical requests
 * in flight at once in this process share one attempt and its answer (instead of each
 * sending, and all but one being refused upstream and reconciled).
 */
export function issueOnce(
  ctx: CashbillContext,
  corpNum: string,
  request: SingleRequest,
  send: () => Promise<WireIssueResponse>,
): Promise<WireIssueResponse> {
  const digest = requestDigest(request);
  const key = `${ctx.cashbillStore.stage}:${corpNum}:${request.wire.mgtKey}:${digest}`;
  return identical.run(key, () => issueNow(ctx, corpNum, request.wire.mgtKey, digest, send));
}

/** Single issuances in flight, by stage, member, mgtKey and request digest. */
const identical = new InFlight<string, WireIssueResponse>();

async function issueNow(
  ctx: CashbillContext,
  corpNum: string,
  mgtKey: string,
  digest: string,
  send: () => Promise<WireIssueResponse>,
): Promise<WireIssueResponse> {
  const recorded = await ctx.cashbillStore.recordReceipt(corpNum, mgtKey, digest, ctx.now());
  if (recorded.kind === "issued") {
    const { confirmNum, tradeDate, issueDt } = recorded.receipt;
    return {
      code: 1,
      message: "issued (the same request was answered before)",
      ...(confirmNum ? { confirmNum } : {}),
      ...(tradeDate ? { tradeDate } : {}),
      ...(issueDt ? { tradeDT: issueDt } : {}),
    };
  }
  const retry = recorded.kind === "retry";
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
