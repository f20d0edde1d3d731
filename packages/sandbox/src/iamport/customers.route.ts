import { queryList } from "./body.js";
import { type IamportCall } from "./call.js";
import { validateCard } from "./card.js";
import { customerDetailsOf, customerUidOf, upsertCustomer } from "./customer.js";
import { textField } from "./fields.js";
import { resolvePg } from "./pg.js";
import { envelope, IamportError, missing } from "./reply.js";
import { type CustomerAnnotation } from "./wire.js";
import { type SandboxReply } from "../http/reply.js";

/** `POST /subscribe/customers/{customer_uid}`: issue or replace a billing key (§4.1, §8.2). */
export function issueCustomer({
  request,
  state,
  book,
  body,
  nowMs,
  now,
}: IamportCall): SandboxReply {
  const customerUid = customerUidOf(request.params["customer_uid"]);
  const card = validateCard(body, "issue", nowMs, () => state.cardRefusals.next());
  const pg = resolvePg(textField(body, "pg"), state.merchant(book.scope.impKey)?.pg ?? "");
  const details = customerDetailsOf(body, "customer");
  return envelope(upsertCustomer(book, customerUid, { card, pg }, details, now));
}

/** `GET /subscribe/customers/{customer_uid}`; unknown: 404 code 1 (§4.2; status per the spec [INF]). */
export function getCustomer({ request, book }: IamportCall): SandboxReply {
  return envelope(findCustomer(book.customers, customerUidOf(request.params["customer_uid"])));
}

/**
 * `DELETE /subscribe/customers/{customer_uid}`: returns the deleted key. Its pending
 * schedules are revoked [INF: iamport.md §11.6 leaves this open].
 */
export function deleteCustomer({ request, book, now }: IamportCall): SandboxReply {
  const customerUid = customerUidOf(request.params["customer_uid"]);
  const customer = findCustomer(book.customers, customerUid);
  book.customers.delete(customerUid);
  for (const { annotation } of book.schedules.values()) {
    if (annotation.customer_uid === customerUid && annotation.schedule_status === "scheduled") {
      annotation.schedule_status = "revoked";
      annotation.revoked_at = now;
    }
  }
  return envelope(customer);
}

/** `GET /subscribe/customers?customer_uid[]=…`: 200 all found, 207 some, 404 none (§4.2). */
export function getCustomers({ request, book }: IamportCall): SandboxReply {
  const uids = queryList(request.query, "customer_uid");
  if (uids.length === 0) throw missing("customer_uid");
  const found = [...new Set(uids)].flatMap((uid) => book.customers.get(uid) ?? []);
  if (found.length === 0)
    throw new IamportError(404, 1, "요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다."); // [INF]
  return envelope(found, found.length === new Set(uids).size ? 200 : 207);
}

function findCustomer(customers: Map<string, CustomerAnnotation>, uid: string): CustomerAnnotation {
  const customer = customers.get(uid);
  if (customer === undefined)
    throw new IamportError(
      404,
      1,
      `요청하신 customer_uid(${uid})로 등록된 정보를 찾을 수 없습니다.`,
    );
  return customer;
}
