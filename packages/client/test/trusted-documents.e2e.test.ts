import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ClockDocument,
  type KorbillClient,
  KorbillError,
  ViewerDocument,
  createKorbillClient,
} from "../src/index.js";
import { DEMO_KEYS, type RunningGateway, startGateway } from "./gateway.js";

/** The manifest codegen emits next to this package's documents (shipped in the package). */
const manifest = fileURLToPath(
  new URL("../src/generated/persisted-documents.json", import.meta.url),
);

describe("the client's documents against a gateway that runs only trusted documents", () => {
  let gw: RunningGateway;
  let korbill: KorbillClient;
  beforeAll(async () => {
    gw = await startGateway({
      KORBILL_TRUSTED_DOCUMENTS: "only",
      KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: manifest,
    });
    korbill = createKorbillClient({
      url: gw.graphqlUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
    });
  });
  afterAll(async () => {
    await korbill.close();
    await gw.close();
  });

  it("runs a query over HTTP by the document's id", async () => {
    const { viewer } = await korbill.request(ViewerDocument);
    expect(viewer.kind).toBe("MEMBER");
  });

  it("runs a subscription over WebSocket by the document's id", async () => {
    const ticks: number[] = [];
    for await (const { clock } of korbill.iterate(ClockDocument, { count: 2 }))
      ticks.push(clock.seq);
    expect(ticks).toEqual([1, 2]);
  });

  it("refuses the same document without its id", async () => {
    const { __meta__: _id, ...textOnly } = ViewerDocument as typeof ViewerDocument & {
      __meta__?: unknown;
    };
    const refused = await korbill
      .request(textOnly as typeof ViewerDocument)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KorbillError);
    expect((refused as KorbillError).code).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });
});
