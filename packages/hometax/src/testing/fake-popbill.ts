import {
  type AuthHostRequest,
  type PopbillRequest,
  type PopbillTransport,
  type UpstreamError,
  fromResponse,
} from "@korbill/core-upstream";

/** How a fake answers one request: a value, an error to throw, or a function of the request. */
export type FakeRoute = (request: PopbillRequest) => unknown;

/**
 * A PopbillTransport that records requests and answers by `route` (default `{}`); a returned
 * Error is thrown. `scripted(...)` answers from a queue instead.
 */
export function fakePopbill(route: FakeRoute = () => ({})) {
  const requests: PopbillRequest[] = [];
  const popbill: PopbillTransport = {
    async request<T>(request: PopbillRequest): Promise<T> {
      requests.push(request);
      const reply = route(request);
      if (reply instanceof Error) throw reply;
      return reply as T;
    },
    async authHostRequest<T>(request: AuthHostRequest): Promise<T> {
      throw new Error(`unexpected auth-host call ${request.path}`);
    },
  };
  return { popbill, requests };
}

/** A fake answering from a queue of replies (then `{}`). */
export function scripted(...replies: unknown[]) {
  return fakePopbill(() => replies.shift() ?? {});
}

/** A fake that fails the test if anything is sent. */
export function forbiddenPopbill() {
  return fakePopbill((request) => {
    throw new Error(`nothing may be sent, but ${request.method} ${request.path} was`);
  });
}

/** A POPBiLL refusal exactly as the transport builds it from `{code, message}` on HTTP 400. */
export function popbillRefusal(code: number, message: string, status = 400): UpstreamError {
  return fromResponse({ upstream: "popbill", status, body: JSON.stringify({ code, message }) });
}

/** The two errors the seeds name. */
export const LOGIN_FAILED = () => popbillRefusal(-11100001, "Failed login HomeTax");
export const AUTH_INFO_MISSING = () =>
  popbillRefusal(-11100025, "The information of HomeTax Authentication does not exist");
