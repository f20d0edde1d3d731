import { DEMO_KEYS, startGateway } from "../lib/gateway.js";
import { postGraphql } from "../lib/graphql-http.js";
import {
  CORP_NUM,
  DEMO_PARTNER,
  gatewayEnvFor,
  startSandbox,
  tokenRequests,
} from "../lib/sandbox.js";
import { nowMs } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";
import { type Scenario, ratio } from "./types.js";

interface StormResult {
  ok: number;
  failed: number;
  firstError?: string;
  ms: number;
}

/** `count` concurrent `points { balance }` queries at a gateway that holds no token yet. */
async function gatewayStorm(graphqlUrl: string, count: number): Promise<StormResult> {
  const started = nowMs();
  const replies = await Promise.allSettled(
    Array.from({ length: count }, () =>
      postGraphql<{ points: { balance: number } }>(
        graphqlUrl,
        DEMO_KEYS.member,
        "{ points { balance } }",
      ),
    ),
  );
  const bad = replies.filter(
    (r) => r.status === "rejected" || r.value.errors?.length || !r.value.data,
  );
  const first = bad[0];
  return {
    ok: count - bad.length,
    failed: bad.length,
    firstError:
      first === undefined
        ? undefined
        : first.status === "rejected"
          ? String(first.reason)
          : JSON.stringify(first.value.errors),
    ms: nowMs() - started,
  };
}

/**
 * Token requests the Linkhub auth host receives for `count` concurrent first calls for one
 * CorpNum: korbill (a fresh gateway, `points { balance }` over HTTP) against the official
 * SDK (a fresh process, `getBalance`), on one sandbox whose request log is cleared between.
 */
export const tokenStorm: Scenario = {
  id: "token-storm",
  title: "Token storm",
  async run(mode) {
    const count = mode === "quick" ? 50 : 1_000;
    const sandbox = await startSandbox();
    const gateway = await startGateway(gatewayEnvFor(sandbox));
    const sdk = startWorker("popbill-sdk");
    try {
      sandbox.requests.clear();
      const korbill = await gatewayStorm(gateway.graphqlUrl, count);
      const korbillTokens = tokenRequests(sandbox);
      if (korbill.failed)
        throw new Error(`korbill: ${korbill.failed} calls failed: ${korbill.firstError}`);

      sandbox.requests.clear();
      await sdk.call("setup", {
        authUrl: sandbox.urls!.authUrl,
        popbillUrl: sandbox.urls!.popbillUrl,
        linkId: DEMO_PARTNER.linkId,
        secretKey: DEMO_PARTNER.secretKey,
      });
      const official = await sdk.call<StormResult>("balanceStorm", { corpNum: CORP_NUM, count });
      const sdkTokens = tokenRequests(sandbox);
      const n = count.toLocaleString("en-US");
      return {
        params: { concurrentFirstCalls: count, corpNum: CORP_NUM },
        rows: [
          {
            measure: `token requests for ${n} concurrent first calls`,
            value: korbillTokens,
            unit: "",
            baseline: { label: "popbill SDK getBalance", value: sdkTokens },
            ratio: ratio(sdkTokens, korbillTokens),
            ratioLabel: "× fewer",
            target: { text: "exactly 1", pass: korbillTokens === 1 },
          },
        ],
        details: {
          korbill: { ...korbill, tokenRequests: korbillTokens },
          sdk: { ...official, tokenRequests: sdkTokens },
        },
      };
    } finally {
      await sdk.stop();
      await gateway.close();
      await sandbox.stop();
    }
  },
};
