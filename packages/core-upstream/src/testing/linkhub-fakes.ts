import { ManualClock } from "@korbill/core-domain";
import { resolveEndpoints } from "../stage/endpoints.js";
import { jsonReply, scriptedFetch, type Step, zeroSleep } from "./fake-fetch.js";
import { createHttpTransport } from "../transport/http-transport.js";
import { type TokenCache } from "../transport/token-cache.js";
import { createPopbillTransport } from "../linkhub/popbill-transport.js";
import { createLinkhubTokenProvider } from "../linkhub/token-provider.js";
import { type LinkhubToken } from "../linkhub/token-reply.js";

/** popbill.md §5's fixed time. */
export const T0 = Date.parse("2026-11-23T01:02:03.000Z");

/** The public test credentials of popbill.md §5. */
export const CREDENTIALS = {
  linkId: "TESTER",
  secretKey: "SwWxqU+0TErBXy/9TVjIPEnI0VTUMMSQZtJf3Ed8q3I=",
};

/** A Linkhub token reply expiring `lifetimeMs` after T0. */
export function tokenReply(
  sessionToken: string,
  serviceID = "POPBILL_TEST",
  lifetimeMs = 30 * 60_000,
): Response {
  const expiration = new Date(T0 + lifetimeMs).toISOString();
  return jsonReply(200, {
    session_token: sessionToken,
    serviceID,
    linkID: "TESTER",
    expiration,
    scope: ["member", "140"],
  });
}

/** A token provider over a scripted fetch on the test stage, at T0. */
export function linkhubSetup(options: {
  steps: Step[];
  stage?: "test" | "production";
  cache?: TokenCache<LinkhubToken>;
  ipRestrict?: boolean;
}) {
  const script = scriptedFetch(...options.steps);
  const clock = new ManualClock(T0);
  const transport = createHttpTransport({ fetch: script.fetch, sleep: zeroSleep(), clock });
  const endpoints = resolveEndpoints({ stage: options.stage ?? "test" });
  const tokens = createLinkhubTokenProvider({
    transport,
    endpoints,
    clock,
    ...CREDENTIALS,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
    ...(options.ipRestrict === undefined ? {} : { ipRestrict: options.ipRestrict }),
  });
  return { tokens, calls: script.calls, clock, transport, endpoints };
}

/** A cash-receipt token key (popbill.md §1.5). */
export const CASHBILL_TOKEN = { corpNum: "1234567890", scopes: ["member", "140"] };

/** A POPBiLL transport whose first fetch answers the token request with FAKE-SESSION-TOKEN. */
export function popbillSetup(...steps: Step[]) {
  const { tokens, calls, transport, endpoints } = linkhubSetup({
    steps: [tokenReply("FAKE-SESSION-TOKEN"), ...steps],
  });
  return {
    popbill: createPopbillTransport({ transport, tokens, endpoints, userAgent: "korbill-test" }),
    calls,
  };
}
