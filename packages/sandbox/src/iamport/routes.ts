import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler, Router } from "../http/router.js";
import { authenticated, type IamportHandler, inEnvelope } from "./call.js";
import { cancelPayment } from "./cancel.route.js";
import { deleteCustomer, getCustomer, getCustomers, issueCustomer } from "./customers.route.js";
import { customerPayments, customerSchedules, listSchedules } from "./lists.route.js";
import { findPayment, getPayment, getPayments } from "./lookups.route.js";
import { chargeAgain, chargeOnetime } from "./payments.route.js";
import { IamportError } from "./reply.js";
import { schedulePayments } from "./schedule.route.js";
import {
  getSchedule,
  moveSchedule,
  reschedule,
  retrySchedule,
  unschedule,
} from "./schedule-edit.route.js";
import { type IamportState } from "./state.js";
import { handleGetToken } from "./token.route.js";

const API: readonly (readonly [method: string, path: string, handler: IamportHandler])[] = [
  ["GET", "/subscribe/customers", getCustomers],
  ["POST", "/subscribe/customers/:customer_uid", issueCustomer],
  ["GET", "/subscribe/customers/:customer_uid", getCustomer],
  ["DELETE", "/subscribe/customers/:customer_uid", deleteCustomer],
  ["GET", "/subscribe/customers/:customer_uid/payments", customerPayments],
  ["GET", "/subscribe/customers/:customer_uid/schedules", customerSchedules],
  ["POST", "/subscribe/payments/again", chargeAgain],
  ["POST", "/subscribe/payments/onetime", chargeOnetime],
  ["POST", "/subscribe/payments/schedule", schedulePayments],
  ["GET", "/subscribe/payments/schedule", listSchedules],
  ["POST", "/subscribe/payments/unschedule", unschedule],
  ["GET", "/subscribe/payments/schedule/customers/:customer_uid", customerSchedules],
  ["GET", "/subscribe/payments/schedule/:merchant_uid", getSchedule],
  ["PUT", "/subscribe/payments/schedule/:merchant_uid", moveSchedule],
  ["POST", "/subscribe/payments/schedule/:merchant_uid/reschedule", reschedule],
  ["POST", "/subscribe/payments/schedule/:merchant_uid/retry", retrySchedule],
  ["GET", "/payments", getPayments],
  ["POST", "/payments/cancel", cancelPayment],
  ["GET", "/payments/find/:merchant_uid", findPayment],
  ["GET", "/payments/find/:merchant_uid/:payment_status", findPayment],
  ["GET", "/payments/:imp_uid", getPayment],
];

const FALLBACK_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"];
const FALLBACK_DEPTH = 8;

/**
 * Adds the i'mport (PortOne V1) API host's routes at the server root, where the real
 * host has them, to `router` (a new one by default) and returns it. Every reply is the
 * `{code, message, response}` envelope: the last routes added are catch-alls that answer
 * unknown paths (404) and wrong verbs (405) in it [INF], so add any other routes (e.g. the
 * control API) to `router` **before** calling this.
 */
export function iamportRoutes(state: IamportState, router: Router = new Router()): Router {
  const known = new Router();
  const add = (method: string, path: string, handler: RouteHandler) => {
    router.add({ method, path, handler });
    known.add({ method, path, handler });
  };
  add("POST", "/users/getToken", handleGetToken(state));
  for (const [method, path, handler] of API) add(method, path, authenticated(state, handler));
  const fallback = inEnvelope((request) => {
    throw unknownRoute(known, request);
  });
  for (let depth = 1; depth <= FALLBACK_DEPTH; depth++) {
    const path = Array.from({ length: depth }, (_, index) => `/:segment${index}`).join("");
    for (const method of FALLBACK_METHODS) router.add({ method, path, handler: fallback });
  }
  return router;
}

function unknownRoute(known: Router, request: SandboxRequest): IamportError {
  const what = `${request.method} ${request.path}`;
  return known.resolve(request.method, request.override, request.path).kind === "method-not-allowed"
    ? new IamportError(405, -1, `지원하지 않는 메소드입니다: ${what}`)
    : new IamportError(404, -1, `존재하지 않는 API입니다: ${what}`);
}
