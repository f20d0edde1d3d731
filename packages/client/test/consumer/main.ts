/**
 * A frontend's program outside the korbill workspace, compiled there with strict TypeScript
 * against the installed tarball of @korbill/client (test/package.e2e.test.ts). It queries the
 * viewer, subscribes to BULKRESULT events, issues a bulk, and prints one JSON line per step; after
 * the first bulk's events it prints `{"phase":"drop"}` and keeps its subscription while the test
 * cuts its socket and issues another bulk, which it must then receive by resuming.
 *
 * Usage: node main.js <graphql url> <api key> <events expected>
 */
import WebSocket from "ws";
import {
  BulkIssueCashbillsDocument,
  type CashbillEventsSubscription,
  CashbillEventsDocument,
  type KorbillSchema,
  type KorbillError,
  ViewerDocument,
  createKorbillClient,
} from "@korbill/client";

type CashbillEvent = CashbillEventsSubscription["cashbillEvents"];

const [url, apiKey, expected] = process.argv.slice(2);
if (!url || !apiKey || !expected) throw new Error("usage: main.js <url> <api key> <events>");
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

let issued = false;
const korbill = createKorbillClient({
  url,
  apiKey,
  webSocketImpl: WebSocket,
  reconnect: { minDelayMs: 50, maxDelayMs: 200 },
  onConnectionChange: (state) => {
    print({ state });
    if (state === "connected" && !issued) {
      issued = true;
      void issue("PKA", 3);
    }
  },
});

function receipt(mgtKey: string): KorbillSchema.CashbillInput {
  return {
    mgtKey,
    tradeType: "APPROVAL",
    tradeUsage: "INCOME_DEDUCTION",
    taxationType: "TAXABLE",
    supplyCost: 1000,
    tax: 100,
    serviceFee: 0,
    totalAmount: 1100,
    identityNum: "01012345678",
  };
}

async function issue(submitId: string, count: number): Promise<void> {
  const cashbills = Array.from({ length: count }, (_, i) => receipt(`${submitId}-${i}`));
  const { bulkIssueCashbills } = await korbill.request(BulkIssueCashbillsDocument, {
    submitId,
    cashbills,
  });
  print({ issued: submitId, count: bulkIssueCashbills.submitCount });
}

const { viewer } = await korbill.request(ViewerDocument);
print({ viewer: { tenant: viewer.tenant, kind: viewer.kind } });

const events: CashbillEvent[] = [];
await new Promise<void>((resolve, reject) => {
  const subscription = korbill.subscribe(
    CashbillEventsDocument,
    { types: ["BULKRESULT"] },
    {
      onEvent: ({ cashbillEvents: event }) => {
        events.push(event);
        print({ mgtKey: event.mgtKey, cursor: event.cursor, success: event.success });
        if (events.length === 3) print({ phase: "drop" });
        if (events.length === Number(expected)) {
          subscription.unsubscribe();
          resolve();
        }
      },
      onError: (error: KorbillError) => reject(new Error(`${error.code}: ${error.message}`)),
    },
  );
});
await korbill.close();
print({ done: events.length });
