import { randomBytes } from "node:crypto";
import { popbillWebhookHeaders } from "@korbill/cashbill";
import { spawnGateway } from "./gateway.js";
import { CORP_NUM, WEBHOOK_AUTH } from "./sandbox.js";
import { startWorker } from "./workers.js";

/** A server in its own process that turns one POST into one live event for its subscribers. */
export interface EventTarget {
  name: string;
  pid: number;
  wsUrl: string;
  /** Sends the event for `mgtKey`; resolves with the HTTP status. */
  send(mgtKey: string): Promise<number>;
  close(): Promise<void>;
}

/** A POPBiLL `Issue` webhook body (popbill.md §4), as the sandbox would send it. */
export function issueWebhookBody(mgtKey: string): string {
  return JSON.stringify({
    eventType: "Issue",
    eventDT: "20261123101010",
    corpNum: CORP_NUM,
    franchiseCorpNum: CORP_NUM,
    mgtKey,
    itemKey: "026112310101000001",
    tradeType: "승인거래",
    tradeDate: "20261123",
    tradeDT: "20261123101010",
    confirmNum: "TB0000001",
    orgConfirmNum: null,
    stateCode: 300,
    stateDT: "20261123101010",
    issueDT: "20261123101010",
  });
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  const res = await fetch(url, { method: "POST", headers, body });
  await res.arrayBuffer();
  return res.status;
}

/**
 * korbill: `node apps/gateway/dist/main.js` (local stage) receiving authenticated POPBiLL
 * webhooks on `/webhooks/popbill`, each with a unique `Pb-Webhook-MID`; an `Issue` webhook
 * becomes an ISSUED event on the member's topic.
 */
export async function korbillTarget(): Promise<EventTarget> {
  const gateway = await spawnGateway({
    POPBILL_WEBHOOK_USER: WEBHOOK_AUTH.username,
    POPBILL_WEBHOOK_PASSWORD: WEBHOOK_AUTH.password,
    // Every subscriber of the fan-out and memory scenarios (up to 10,000) uses the demo member
    // key: above the default cap of subscriptions per key, which is for tenants, not the bench.
    KORBILL_MAX_SUBSCRIPTIONS_PER_KEY: "100000",
  });
  const run = randomBytes(4).toString("hex");
  let seq = 0;
  return {
    name: "korbill",
    pid: gateway.pid,
    wsUrl: gateway.wsUrl,
    send(mgtKey) {
      const mid = `000000000001-${run}${String(++seq).padStart(15, "0")}`;
      const headers = popbillWebhookHeaders({
        mid,
        corpNum: CORP_NUM,
        eventType: "Issue",
        auth: { basic: WEBHOOK_AUTH },
      });
      return post(`${gateway.url}/webhooks/popbill`, headers, issueWebhookBody(mgtKey));
    },
    close: () => gateway.close(),
  };
}

/** A server in a bench worker process, fed the same bodies on `POST /publish`. */
async function publishTarget(worker: string, name: string): Promise<EventTarget> {
  const handle = startWorker(worker);
  const { url } = await handle.call<{ url: string }>("start");
  return {
    name,
    pid: handle.pid,
    wsUrl: `${url.replace(/^http/, "ws")}/graphql`,
    send: (mgtKey) =>
      post(`${url}/publish`, { "content-type": "application/json" }, issueWebhookBody(mgtKey)),
    close: () => handle.stop(),
  };
}

/** The bare graphql-ws server (see `workers/bare-ws-server.ts`). */
export const bareTarget = () => publishTarget("bare-ws-server", "bare graphql-ws");

/** The floor: pre-serialized frames written straight to sockets (`workers/floor-ws-server.ts`). */
export const floorTarget = () => publishTarget("floor-ws-server", "floor");
