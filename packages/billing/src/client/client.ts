import {
  type IamportRequest,
  type IamportTransport,
  UpstreamBusinessError,
  UpstreamNotFoundError,
} from "@korbill/core-upstream";
import { cardSecrets } from "../map/redact.js";
import { redactError, redactReply } from "../map/redact-reply.js";
import type {
  AgainBody,
  CancelBody,
  CustomerAnnotation,
  IssueBillingKeyBody,
  OnetimeBody,
  PaymentAnnotation,
  ScheduleBody,
  ScheduleResultAnnotation,
  UnscheduleBody,
  WireCardFields,
  WireCustomerFields,
  WirePage,
  WireScheduleItem,
  WireScheduleStatus,
} from "../wire.js";

/** Filters of `GET /subscribe/customers/{uid}/schedules`. */
export interface CustomerSchedulesQuery {
  /** Epoch seconds, inclusive. */
  from: number;
  /** Epoch seconds, exclusive; at most 3 months after `from`. */
  to: number;
  status?: WireScheduleStatus;
  page?: number;
}

/** Billing keys found by a multi-get, and whether some uids were not (HTTP 207). */
export interface BillingKeysReply {
  customers: CustomerAnnotation[];
  partial: boolean;
}

const seg = encodeURIComponent;

/**
 * Typed i'mport V1 calls for billing keys, key-in and recurring payments, schedules and
 * payment lookups, in the upstream's own terms; no GraphQL. Card fields go to i'mport only, and
 * every reply and error comes back through `redactReply` / `redactError`: free text that
 * echoes card data (a PG quoting the request) is masked before anyone sees it.
 */
export function createIamportClient(deps: { iamport: IamportTransport }) {
  const { iamport } = deps;
  // Every reply and every error passes the one redaction on its way in: nothing i'mport says
  // reaches the store, an event, a log or a client before it.
  const send = async <T>(request: IamportRequest, secrets: readonly string[] = []) => {
    try {
      const reply = await iamport.request<T>(request);
      return { ...reply, response: redactReply(reply.response, secrets) };
    } catch (error) {
      throw redactError(error, secrets);
    }
  };
  const call = async <T>(request: IamportRequest): Promise<T> => (await send<T>(request)).response;
  const withCard = async <T>(card: Partial<WireCardFields>, request: IamportRequest) =>
    (await send<T>(request, cardSecrets(card))).response;
  return {
    /** Issues a billing key under `customerUid`, or REPLACES the card of an existing one. */
    issueBillingKey(
      customerUid: string,
      card: WireCardFields,
      customer: WireCustomerFields & { pg?: string } = {},
    ): Promise<CustomerAnnotation> {
      const body: IssueBillingKeyBody = { ...customer, ...card };
      return withCard(card, {
        method: "POST",
        path: `/subscribe/customers/${seg(customerUid)}`,
        body,
        // Re-sending the same card under the same uid only replaces it with itself.
        retry: "idempotent-post",
      });
    },
    /** One billing key (masked card). */
    getBillingKey(customerUid: string): Promise<CustomerAnnotation> {
      return notFoundByMessage(
        call<CustomerAnnotation>({
          method: "GET",
          path: `/subscribe/customers/${seg(customerUid)}`,
        }),
      );
    },
    /** Several billing keys at once; `partial` when some were not found. */
    async getBillingKeys(customerUids: readonly string[]): Promise<BillingKeysReply> {
      const reply = await send<CustomerAnnotation[] | null>({
        method: "GET",
        path: "/subscribe/customers",
        query: { customer_uid: customerUids },
      });
      return { customers: reply.response ?? [], partial: reply.partial };
    },
    /** Deletes a billing key (irreversible); returns it as it was. */
    deleteBillingKey(customerUid: string, reason?: string): Promise<CustomerAnnotation> {
      return notFoundByMessage(
        call<CustomerAnnotation>({
          method: "DELETE",
          path: `/subscribe/customers/${seg(customerUid)}`,
          query: { reason },
        }),
      );
    },
    /** Charges a stored billing key; check `status` (`paid` or `failed`) of the reply. */
    again(body: AgainBody): Promise<PaymentAnnotation> {
      // A resent charge with the same merchant_uid is refused upstream, never paid twice.
      return call({
        method: "POST",
        path: "/subscribe/payments/again",
        body,
        retry: "idempotent-post",
      });
    },
    /** Key-in charge; with `customer_uid`, also saves the card as that billing key. */
    onetime(body: OnetimeBody): Promise<PaymentAnnotation> {
      return withCard(body, {
        method: "POST",
        path: "/subscribe/payments/onetime",
        body,
        retry: "idempotent-post",
      });
    },
    /** Schedules charges of a billing key (card fields only to issue a new one first). */
    schedule(
      customerUid: string,
      schedules: WireScheduleItem[],
      extra: Partial<WireCardFields> & { pg?: string } = {},
    ): Promise<ScheduleResultAnnotation[]> {
      const body: ScheduleBody = { ...extra, customer_uid: customerUid, schedules };
      return withCard(extra, { method: "POST", path: "/subscribe/payments/schedule", body });
    },
    /** Revokes the listed pending schedules of a customer, or all of them. */
    unschedule(customerUid: string, merchantUids?: string[]): Promise<ScheduleResultAnnotation[]> {
      const body: UnscheduleBody = {
        customer_uid: customerUid,
        ...(merchantUids?.length ? { merchant_uid: merchantUids } : {}),
      };
      return call({ method: "POST", path: "/subscribe/payments/unschedule", body });
    },
    /** One schedule by its merchant_uid. */
    getSchedule(merchantUid: string): Promise<ScheduleResultAnnotation> {
      return call({ method: "GET", path: `/subscribe/payments/schedule/${seg(merchantUid)}` });
    },
    /** A customer's schedules in a window, newest first (hyphenated `schedule-status`). */
    async getCustomerSchedules(
      customerUid: string,
      q: CustomerSchedulesQuery,
    ): Promise<WirePage<ScheduleResultAnnotation>> {
      const reply = await call<WirePage<ScheduleResultAnnotation> | ScheduleResultAnnotation[]>({
        method: "GET",
        path: `/subscribe/customers/${seg(customerUid)}/schedules`,
        query: { from: q.from, to: q.to, "schedule-status": q.status, page: q.page },
      });
      return asPage(reply);
    },
    /** Payments made with a billing key, 20 per page. */
    async getCustomerPayments(customerUid: string, page = 1): Promise<WirePage<PaymentAnnotation>> {
      const reply = await call<WirePage<PaymentAnnotation> | PaymentAnnotation[]>({
        method: "GET",
        path: `/subscribe/customers/${seg(customerUid)}/payments`,
        query: { page },
      });
      return asPage(reply);
    },
    /** One payment by imp_uid (`UpstreamNotFoundError` when unknown). */
    getPayment(impUid: string): Promise<PaymentAnnotation> {
      return call({ method: "GET", path: `/payments/${seg(impUid)}` });
    },
    /** The newest payment with this merchant_uid. */
    findPayment(merchantUid: string): Promise<PaymentAnnotation> {
      return call({ method: "GET", path: `/payments/find/${seg(merchantUid)}` });
    },
    /** Cancels all or part of a payment; returns it updated. */
    cancelPayment(body: CancelBody): Promise<PaymentAnnotation> {
      // With `checksum`, a resent cancel no longer matches the balance and is refused.
      const retry = body.checksum === undefined ? "safe" : "idempotent-post";
      return call({ method: "POST", path: "/payments/cancel", body, retry });
    },
  };
}

/** The i'mport client's type. */
export type IamportClient = ReturnType<typeof createIamportClient>;

// The spec says these lists are arrays; official clients read a page (iamport.md §4.2, §11.11).
function asPage<T>(reply: WirePage<T> | T[] | null): WirePage<T> {
  if (Array.isArray(reply)) return { total: reply.length, previous: 0, next: 0, list: reply };
  return reply ?? { total: 0, previous: 0, next: 0, list: [] };
}

// [INF] Older i'mport answered an unknown customer_uid with HTTP 200, code 1 (iamport.md §11.1).
async function notFoundByMessage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof UpstreamBusinessError && /찾을 수 없습니다/.test(error.message)) {
      throw new UpstreamNotFoundError({
        upstream: error.upstream,
        message: error.message,
        status: error.status,
        code: error.code,
        requestId: error.requestId,
      });
    }
    throw error;
  }
}
