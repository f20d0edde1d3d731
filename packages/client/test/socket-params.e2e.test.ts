import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSocketClient } from "../src/index.js";
import { DEMO_KEYS, type RunningGateway, startGateway } from "./gateway.js";

/** Runs `{ viewer { tenant } }` over the socket and closes it. */
async function tenantOver(client: ReturnType<typeof createSocketClient>): Promise<unknown> {
  try {
    return await new Promise((resolve, reject) => {
      client.subscribe<{ viewer: { tenant: string } }>(
        { query: "{ viewer { tenant } }" },
        {
          next: (result) => resolve(result.data?.viewer.tenant),
          error: reject,
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe("createSocketClient", () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it("sends connectionParams instead of the key when given (an editor's own headers)", async () => {
    const url = gw.graphqlUrl.replace(/^http/, "ws");
    const asKey = await tenantOver(
      createSocketClient({ url, apiKey: DEMO_KEYS.member, webSocketImpl: WebSocket }),
    );
    const asParams = await tenantOver(
      createSocketClient({
        url,
        apiKey: DEMO_KEYS.member,
        connectionParams: { authorization: `Bearer ${DEMO_KEYS.member2}` },
        webSocketImpl: WebSocket,
      }),
    );
    expect(asKey).toMatch(/demo member/);
    expect(asParams).toMatch(/demo member/);
    expect(asParams).not.toBe(asKey);
  });
});
