import { ManualClock } from "@korbill/core-domain";
import { type Stage, resolveEndpoints } from "../stage/endpoints.js";
import { jsonReply, scriptedFetch, type Step, zeroSleep } from "./fake-fetch.js";
import { createHttpTransport } from "../transport/http-transport.js";
import { type TokenCache } from "../transport/token-cache.js";
import { type IamportToken, createIamportTokenProvider } from "../iamport/token-provider.js";

/** iamport.md §8's fixed clock, in epoch seconds. */
export const NOW_S = 1735689600;

/** iamport.md §8.1's key pair and token. */
export const IMP = {
  impKey: "2718281828459045",
  impSecret: "sim_secret_000000000000000000000000000000000000000000000000000000000000000000000",
  accessToken: "bea66f344ea41ba5c5b556a624ea2e299de34b36",
};

/** A getToken envelope. */
export function tokenEnvelope(
  accessToken = IMP.accessToken,
  now = NOW_S,
  expiredAt = NOW_S + 1800,
): Response {
  return jsonReply(200, {
    code: 0,
    message: null,
    response: { access_token: accessToken, now, expired_at: expiredAt },
  });
}

/** An envelope with `code: 0`. */
export function ok(response: unknown, status = 200): Response {
  return jsonReply(status, { code: 0, message: null, response });
}

/** A token provider over a scripted fetch; the local clock starts at `localMs`. */
export function iamportSetup(options: {
  steps: Step[];
  localMs?: number;
  stage?: Stage;
  cache?: TokenCache<IamportToken>;
}) {
  const script = scriptedFetch(...options.steps);
  const clock = new ManualClock(options.localMs ?? NOW_S * 1_000);
  const transport = createHttpTransport({ fetch: script.fetch, sleep: zeroSleep(), clock });
  const stage = options.stage ?? "test";
  const overrides =
    stage === "local"
      ? {
          linkhubAuthUrl: "http://127.0.0.1:1",
          popbillApiUrl: "http://127.0.0.1:2",
          iamportApiUrl: "http://127.0.0.1:3",
        }
      : {};
  const endpoints = resolveEndpoints({ stage, overrides });
  const tokens = createIamportTokenProvider({
    transport,
    endpoints,
    clock,
    impKey: IMP.impKey,
    impSecret: IMP.impSecret,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  });
  return { tokens, transport, endpoints, clock, calls: script.calls };
}
