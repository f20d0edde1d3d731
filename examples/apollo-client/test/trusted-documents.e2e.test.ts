import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gql } from "@apollo/client";
import { type DocumentNode, getOperationAST, print } from "graphql";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKorbillApollo } from "../src/korbill.js";
import { DEMO_KEYS, type LocalGateway, startLocalGateway } from "@korbill/gateway/testing";

const VIEWER = gql`
  query Viewer {
    viewer {
      kind
    }
  }
`;
const CLOCK = gql`
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

describe("Apollo Client against a gateway that runs only trusted documents", () => {
  const dir = mkdtempSync(join(tmpdir(), "korbill-apollo-trusted-"));
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
    createKorbillApollo({
      url: gw.graphqlUrl,
      wsUrl: gw.wsUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
      ...(withIds ? { documentId } : {}),
    });

  it("runs a query over HTTP and a subscription over WebSocket by id", async () => {
    const { apollo, ws } = client(true);
    try {
      const { data } = await apollo.query<{ viewer: { kind: string } }>({
        query: VIEWER,
        fetchPolicy: "no-cache",
      });
      expect(data?.viewer.kind).toBe("MEMBER");
      const ticks = await new Promise<number[]>((resolve, reject) => {
        const seen: number[] = [];
        apollo
          .subscribe<{ clock: { seq: number } }>({
            query: CLOCK,
            variables: { count: 2 },
            fetchPolicy: "no-cache",
          })
          .subscribe({
            next: ({ data: tick, error }) => {
              if (error) reject(error);
              if (tick) seen.push(tick.clock.seq);
            },
            error: reject,
            complete: () => resolve(seen),
          });
      });
      expect(ticks).toEqual([1, 2]);
    } finally {
      await ws.dispose();
    }
  });

  it("is refused TRUSTED_DOCUMENT_REQUIRED when it sends document text", async () => {
    const { apollo, ws } = client(false);
    try {
      const refused = await apollo.query({ query: VIEWER, fetchPolicy: "no-cache" }).then(
        () => "ran",
        (error: { errors?: { extensions?: { code?: string } }[] }) => error,
      );
      expect(refused).toMatchObject({
        errors: [{ extensions: { code: "TRUSTED_DOCUMENT_REQUIRED" } }],
      });
    } finally {
      await ws.dispose();
    }
  });
});
