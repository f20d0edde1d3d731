import type { PopbillWebhookDelivery } from "../webhooks.js";
import { PopbillWebhookError } from "../webhooks.js";
import type { BulkService } from "./bulk-service.js";
import type { CashbillStore } from "../store/store.js";

/**
 * Applies one verified POPBiLL cash-receipt delivery. A message id already processed is
 * acknowledged without effect; the id is recorded only after the effects, so a delivery that
 * failed half-way is redone on POPBiLL's retry (every effect is idempotent). BULKRESULT and
 * Issue deliveries, one per receipt and thousands at a time, skip the message-id bookkeeping
 * (two round trips and a commit): the receipt's own state tells a BULKRESULT repeat after one
 * read (`applyBulkResultWebhook`), and the ISSUED event's id, one per receipt, an Issue repeat
 * (`recordIssued`).
 */
export async function handlePopbillDelivery(
  delivery: PopbillWebhookDelivery,
  deps: { store: CashbillStore; bulk: BulkService; now: () => number },
): Promise<"applied" | "duplicate" | "ignored"> {
  const { body, corpNum } = delivery;
  const kind = delivery.eventType.toUpperCase();
  const mgtKey = (): string => {
    if (!body.mgtKey)
      throw new PopbillWebhookError(`${delivery.eventType} event without mgtKey`, 400);
    return body.mgtKey;
  };
  if (kind === "BULKRESULT" || kind === "ISSUE" || kind === "NTS") {
    mgtKey();
  }
  if (kind === "BULKRESULT") {
    return deps.bulk.applyBulkResultWebhook(corpNum, body.submitID ?? null, {
      mgtKey: mgtKey(),
      code: Number(body.code ?? 0),
      message: body.message ?? "",
      confirmNum: body.confirmNum,
      tradeDate: body.tradeDate,
      issueDT: body.issueDT,
    });
  }
  if (kind === "ISSUE")
    return (await deps.bulk.recordIssued(corpNum, mgtKey(), body)) ? "applied" : "duplicate";
  if (await deps.store.seenDelivery(delivery.mid)) return "duplicate";
  let outcome: "applied" | "ignored" = "applied";
  if (kind === "NTS") {
    await deps.bulk.applyFiling(corpNum, {
      mgtKey: mgtKey(),
      stateCode: Number(body.stateCode),
      confirmNum: body.confirmNum,
      tradeDate: body.tradeDate,
      ntsresultCode: body.ntsresultCode,
      ntsresultMessage: body.ntsresultMessage,
    });
  } else {
    outcome = "ignored";
  }
  await deps.store.firstDelivery(delivery.mid, deps.now());
  return outcome;
}
