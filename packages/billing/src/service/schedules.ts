import type { BillingDeps } from "./deps.js";
import type { ScheduleData, ScheduleWindowData } from "../map/inputs.js";
import type { Owner } from "../store/store.js";
import {
  validateScheduleWindow,
  validateSchedules,
  validateUnschedule,
} from "../validate/validate.js";
import type { ScheduleResultAnnotation, WirePage } from "../wire.js";
import { prepareOrders } from "./charges.js";
import { definitelyRefused, notice, requireOwnedKey } from "./outcome.js";

/**
 * Schedules charges of the member's billing key. Every order is recorded (all or none)
 * before i'mport is called; i'mport's answer marks them SCHEDULED, a refusal frees them.
 * Each execution later arrives as a webhook and becomes SCHEDULED_EXECUTED or FAILED.
 */
export async function schedulePayments(
  deps: BillingDeps,
  owner: Owner,
  customerUid: string,
  schedules: ScheduleData[],
): Promise<ScheduleResultAnnotation[]> {
  const items = validateSchedules(customerUid, schedules, deps.now());
  await requireOwnedKey(deps, owner.corpNum, customerUid);
  await prepareOrders(
    deps,
    owner,
    items.map((i) => ({
      merchantUid: i.merchant_uid,
      customerUid,
      kind: "scheduled" as const,
      amount: i.amount,
      scheduleAt: i.schedule_at,
    })),
  );
  try {
    const results = await deps.client.schedule(
      customerUid,
      items.map((i) => ({ ...i, ...notice(deps) })),
    );
    for (const r of results)
      await deps.store.orders.settle(
        r.merchant_uid,
        { status: "SCHEDULED" },
        ["PENDING"],
        deps.now(),
      );
    return results;
  } catch (error) {
    if (definitelyRefused(error)) {
      for (const i of items)
        await deps.store.orders.settle(
          i.merchant_uid,
          { status: "REFUSED" },
          ["PENDING"],
          deps.now(),
        );
    }
    throw error;
  }
}

/** Revokes the listed pending schedules of the member's billing key, or all of them. */
export async function unschedulePayments(
  deps: BillingDeps,
  owner: Owner,
  customerUid: string,
  merchantUids?: string[] | null,
): Promise<ScheduleResultAnnotation[]> {
  validateUnschedule(customerUid, merchantUids);
  await requireOwnedKey(deps, owner.corpNum, customerUid);
  const revoked = await deps.client.unschedule(customerUid, merchantUids ?? undefined);
  for (const r of revoked)
    await deps.store.orders.settle(
      r.merchant_uid,
      { status: "REVOKED" },
      ["SCHEDULED", "PENDING"],
      deps.now(),
    );
  return revoked;
}

/** The member's billing key's schedules in a window of at most 90 days. */
export async function billingKeySchedules(
  deps: BillingDeps,
  corpNum: string,
  customerUid: string,
  window: ScheduleWindowData,
): Promise<WirePage<ScheduleResultAnnotation> & { page: number }> {
  const q = validateScheduleWindow(customerUid, window);
  await requireOwnedKey(deps, corpNum, customerUid);
  const page = await deps.client.getCustomerSchedules(customerUid, {
    ...q,
    ...(window.status ? { status: window.status } : {}),
  });
  return { ...page, page: q.page };
}
