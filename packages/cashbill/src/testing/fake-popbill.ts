import type { AuthHostRequest, PopbillRequest, PopbillTransport } from "@korbill/core-upstream";

/** A PopbillTransport that records requests and answers from a script (or `{}`). */
export function fakePopbill(...replies: unknown[]) {
  const requests: PopbillRequest[] = [];
  const popbill: PopbillTransport = {
    async request<T>(request: PopbillRequest): Promise<T> {
      requests.push(request);
      const reply = replies.shift();
      if (reply instanceof Error) throw reply;
      return (reply ?? {}) as T;
    },
    async authHostRequest<T>(request: AuthHostRequest): Promise<T> {
      throw new Error(`unexpected auth-host call ${request.path}`);
    },
  };
  return { popbill, requests };
}
