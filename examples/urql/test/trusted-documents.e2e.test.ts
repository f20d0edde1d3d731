import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gql } from "@urql/core";
import { type DocumentNode, getOperationAST, print } from "graphql";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKorbillUrql } from "../src/korbill.js";
import { DEMO_KEYS, type LocalGateway, startLocalGateway } from "@korbill/gateway/testing";

const VIEWER = gql<{ viewer: { kind: string } }>`
  query Viewer {
    viewer {
      kind
    }
  }
`;
const CLOCK = gql<{ clock: { seq: number } }, { count: number }>`
  subscription Clock($count: Int) {
    clock(count: $count, intervalMs: 100) {
      seq
    }
  }
`;

/**
 * What GraphQL Code Generator's client preset produces with `persistedDocuments`: a manifest of
 * each document's text by its sha256, and the id on each document (here looked up by name).
 */
const ids = new Map<string, string>();
const manifest: Record<string, string> = {};
for (const document of [VIEWER, CLOCK]) {
  const text = print(document);
  const id = createHash("sha256").update(text).digest("hex");
  manifest[id] = text;
  ids.set(getOperationAST(document)!.name!.value, id);
}
const documentId = (document: DocumentNode) => ids.get(getOperationAST(document)!.name!.value)!;

describe("urql against a gateway that runs only trusted documents", () => {
  const dir = mkdtempSync(join(tmpdir(), "korbill-urql-trusted-"));
  let gw: LocalGateway;
  beforeAll(async () => {
    writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
    gw = await startLocalGateway({
      KORBILL_TRUSTED_DOCUMENTS: "only",
      KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: join(dir, "manifest.json"),
    });
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (withIds: boolean) =>
    createKorbillUrql({
      url: gw.graphqlUrl,
      wsUrl: gw.wsUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
      ...(withIds ? { documentId } : {}),
    });

  it("runs a query over HTTP and a subscription over WebSocket by id", async () => {
    const { urql, ws } = client(true);
    try {
      const result = await urql.query(VIEWER, {}).toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data?.viewer.kind).toBe("MEMBER");
      const ticks: number[] = [];
      await new Promise<void>((resolve, reject) => {
        const subscription = urql.subscription(CLOCK, { count: 2 }).subscribe((tick) => {
          if (tick.error) return reject(tick.error);
          if (tick.data) ticks.push(tick.data.clock.seq);
          if (ticks.length === 2) {
            subscription.unsubscribe();
            resolve();
          }
        });
      });
      expect(ticks).toEqual([1, 2]);
    } finally {
      await ws.dispose();
    }
  });

  it("is refused TRUSTED_DOCUMENT_REQUIRED when it sends document text", async () => {
    const { urql, ws } = client(false);
    try {
      const result = await urql.query(VIEWER, {}).toPromise();
      expect(result.error?.graphQLErrors[0]?.extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    } finally {
      await ws.dispose();
    }
  });
});
