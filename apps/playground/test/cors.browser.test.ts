import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { BrowserSession } from "./chromium.js";
import type { PlaygroundGateway } from "./gateway.js";
import { type PlaygroundSession, requireChromium, startSession } from "./session.js";
import { type ServedPage, servePage } from "./pages.js";

const DEMO_KEY = "kb_local_demo_member_key";

/** What a page of another origin got from the gateway. */
interface Outcome {
  query: unknown;
  mutation: unknown;
  subscription: unknown;
}

/**
 * In the page: a query and a mutation with fetch (JSON and a Bearer key, so preflighted) and
 * a subscription over a plain WebSocket speaking graphql-transport-ws. A failure is recorded
 * as `{ failed }` with what the browser said.
 */
function callGateway(page: Page, url: string): Promise<Outcome> {
  return page.evaluate(
    async ({ url, key }) => {
      const post = async (query: string) => {
        try {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({ query }),
          });
          return ((await res.json()) as { data?: unknown }).data ?? { failed: res.status };
        } catch (error) {
          return { failed: String(error) };
        }
      };
      const subscribe = () =>
        new Promise<unknown>((resolve) => {
          const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws");
          const seqs: number[] = [];
          socket.onopen = () =>
            socket.send(
              JSON.stringify({
                type: "connection_init",
                payload: { authorization: `Bearer ${key}` },
              }),
            );
          socket.onmessage = (message) => {
            const frame = JSON.parse(String(message.data)) as {
              type: string;
              payload?: { data?: { clock: { seq: number } } };
            };
            if (frame.type === "connection_ack") {
              const query = "subscription { clock(count: 2, intervalMs: 100) { seq } }";
              socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
            } else if (frame.type === "next" && frame.payload?.data) {
              seqs.push(frame.payload.data.clock.seq);
            } else if (frame.type === "complete") {
              socket.close();
              resolve({ seqs });
            }
          };
          socket.onclose = (event) => resolve({ failed: `closed ${event.code}`, seqs });
        });
      return {
        query: await post("{ viewer { kind } }"),
        mutation: await post(
          "mutation { setLowBalanceThreshold(threshold: 5000) { lowBalanceThreshold } }",
        ),
        subscription: await subscribe(),
      };
    },
    { url, key: DEMO_KEY },
  );
}

const HAS_CHROMIUM = requireChromium("the CORS browser test");

describe.skipIf(!HAS_CHROMIUM)("a page of another origin in Chromium", () => {
  let allowed: ServedPage;
  let foreign: ServedPage;
  let session: PlaygroundSession | undefined;
  let gateway: PlaygroundGateway;
  let browser: BrowserSession;

  beforeAll(async () => {
    allowed = await servePage("<!doctype html><title>allowed frontend</title>");
    foreign = await servePage("<!doctype html><title>foreign frontend</title>");
    session = await startSession({ KORBILL_CORS_ORIGINS: allowed.origin });
    ({ gateway, browser } = session);
  });

  afterAll(async () => {
    await session?.close();
    await allowed?.close();
    await foreign?.close();
  });

  it("queries, mutates and subscribes from an origin of KORBILL_CORS_ORIGINS", async () => {
    const { page } = browser;
    await page.goto(`${allowed.origin}/`);
    const outcome = await callGateway(page, `${gateway.url}/graphql`);
    expect(outcome).toEqual({
      query: { viewer: { kind: "MEMBER" } },
      mutation: { setLowBalanceThreshold: { lowBalanceThreshold: 5000 } },
      subscription: { seqs: [1, 2] },
    });
    expect(browser.consoleErrors).toEqual([]);
  });

  it("can do none of them from an origin outside the list", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${foreign.origin}/`);
    const outcome = await callGateway(page, `${gateway.url}/graphql`);
    expect(outcome).toEqual({
      query: { failed: "TypeError: Failed to fetch" },
      mutation: { failed: "TypeError: Failed to fetch" },
      subscription: { failed: "closed 1006", seqs: [] },
    });
    await page.close();
  });
});
