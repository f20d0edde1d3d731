import {
  type AuthHostRequest,
  type PopbillRequest,
  type PopbillTransport,
} from "@korbill/core-upstream";
import { ManualClock } from "@korbill/core-domain";
import { createPointsClient } from "../client/client.js";
import type { AnonymousPopbill, AnonymousRequest } from "../client/anonymous.js";

/** A recorded call: which host, and the request as the client built it. */
export type Recorded =
  | { host: "api"; request: PopbillRequest }
  | { host: "auth"; request: AuthHostRequest }
  | { host: "anonymous"; request: AnonymousRequest };

/** 2026-11-23T10:02:03+09:00. */
export const NOW = Date.parse("2026-11-23T01:02:03.000Z");
export const CORP_NUM = "1234567890";
export const LINK_ID = "TESTER";

/**
 * A PopbillTransport (plus the token-less caller) that records every request and answers from a
 * script in order: an Error is thrown, anything else returned, `{}` when the script runs out.
 */
export function fakePopbill(...replies: unknown[]) {
  const calls: Recorded[] = [];
  const answer = <T>(): T => {
    const reply = replies.shift();
    if (reply instanceof Error) throw reply;
    return (reply ?? {}) as T;
  };
  const popbill: PopbillTransport = {
    async request<T>(request: PopbillRequest): Promise<T> {
      calls.push({ host: "api", request });
      return answer<T>();
    },
    async authHostRequest<T>(request: AuthHostRequest): Promise<T> {
      calls.push({ host: "auth", request });
      return answer<T>();
    },
  };
  const anonymous: AnonymousPopbill = {
    async request<T>(request: AnonymousRequest): Promise<T> {
      calls.push({ host: "anonymous", request });
      return answer<T>();
    },
  };
  return { popbill, anonymous, calls };
}

/** A points client over {@link fakePopbill} with a manual clock at {@link NOW}. */
export function fakeClient(...replies: unknown[]) {
  const fake = fakePopbill(...replies);
  const clock = new ManualClock(NOW);
  const client = createPointsClient({
    popbill: fake.popbill,
    anonymous: fake.anonymous,
    linkId: LINK_ID,
    clock,
  });
  return {
    client,
    clock,
    calls: fake.calls,
    last: () => {
      const call = fake.calls.at(-1);
      if (!call) throw new Error("the fake POPBiLL has had no call");
      return call;
    },
  };
}
