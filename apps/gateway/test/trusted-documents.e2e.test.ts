import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const VIEWER = "query Viewer { viewer { tenant kind } }";
const CLOCK = "subscription Clock($count: Int) { clock(count: $count, intervalMs: 100) { seq } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const viewerId = sha256(VIEWER);
const clockId = sha256(CLOCK);

/** What GraphQL Code Generator's client preset writes as `persisted-documents.json`. */
const manifestDir = mkdtempSync(join(tmpdir(), "korbill-trusted-"));
const manifest = join(manifestDir, "persisted-documents.json");
writeFileSync(manifest, JSON.stringify({ [viewerId]: VIEWER, [clockId]: CLOCK }, null, 2));

type Outcome =
  { data: unknown[] } | { errors: { message: string; extensions?: { code?: string } }[] };

/** Runs one graphql-ws operation to its end: every result, or the errors it was refused with. */
function subscribe(client: Client, payload: Record<string, unknown>): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const data: unknown[] = [];
    client.subscribe(payload as never, {
      next: (result) =>
        result.errors ? resolve({ errors: result.errors as never }) : data.push(result.data),
      error: (error) =>
        Array.isArray(error) ? resolve({ errors: error as never }) : reject(error as Error),
      complete: () => resolve({ data }),
    });
  });
}

async function post(gw: TestGateway, body: Record<string, unknown>) {
  const res = await fetch(gw.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_KEYS.member}` },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    requestId: res.headers.get("x-request-id"),
    body: (await res.json()) as Record<string, never>,
  };
}

const codeOf = (outcome: Outcome) =>
  "errors" in outcome ? outcome.errors[0]?.extensions?.code : "no error";
const persisted = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });

afterAll(() => rmSync(manifestDir, { recursive: true, force: true }));

describe("KORBILL_TRUSTED_DOCUMENTS=only (real gateway, HTTP and WebSocket)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      KORBILL_TRUSTED_DOCUMENTS: "only",
      KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: manifest,
    });
  });
  afterAll(() => gw.close());

  it("runs a manifest's document by documentId over HTTP", async () => {
    const res = await post(gw, { documentId: `sha256:${viewerId}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { viewer: { tenant: expect.any(String), kind: "MEMBER" } } });
  });

  it("runs it by Apollo's extensions.persistedQuery over HTTP POST and GET", async () => {
    const byPost = await post(gw, { extensions: persisted(viewerId) });
    expect(byPost.body).toMatchObject({ data: { viewer: { kind: "MEMBER" } } });
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted(viewerId)) });
    const byGet = await fetch(`${gw.graphqlUrl}?${search.toString()}`, {
      headers: { authorization: `Bearer ${DEMO_KEYS.member}`, "apollo-require-preflight": "1" },
    });
    expect(byGet.status).toBe(200);
    expect(await byGet.json()).toMatchObject({ data: { viewer: { kind: "MEMBER" } } });
  });

  it("refuses a document sent as text over HTTP, even one in the manifest", async () => {
    for (const body of [{ query: VIEWER }, { query: "{ viewer { keyId } }" }]) {
      const res = await post(gw, body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        errors: [
          {
            message: expect.stringContaining("only trusted documents"),
            extensions: { code: "TRUSTED_DOCUMENT_REQUIRED", requestId: res.requestId },
          },
        ],
      });
    }
  });

  it("refuses an unknown id over HTTP, with or without text", async () => {
    for (const body of [
      { documentId: "0".repeat(64) },
      { query: VIEWER, extensions: persisted("1".repeat(64)) },
    ]) {
      const res = await post(gw, body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toMatchObject([
        { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } },
      ]);
    }
  });

  it("runs a manifest's subscription by id over WebSocket, and refuses text there", async () => {
    const ws = gw.ws(DEMO_KEYS.member);
    const byExtensions = await subscribe(ws, {
      query: "",
      variables: { count: 2 },
      extensions: persisted(clockId),
    });
    expect(byExtensions).toEqual({ data: [{ clock: { seq: 1 } }, { clock: { seq: 2 } }] });
    const byDocumentId = await subscribe(ws, {
      query: "",
      documentId: clockId,
      variables: { count: 1 },
    });
    expect(byDocumentId).toEqual({ data: [{ clock: { seq: 1 } }] });
    expect(codeOf(await subscribe(ws, { query: CLOCK, variables: { count: 1 } }))).toBe(
      "TRUSTED_DOCUMENT_REQUIRED",
    );
    expect(codeOf(await subscribe(ws, { query: VIEWER }))).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(codeOf(await subscribe(ws, { query: "", documentId: "f".repeat(64) }))).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    // The socket survived the refusals: a trusted query still runs on it.
    expect(await subscribe(ws, { query: "", documentId: viewerId })).toMatchObject({
      data: [{ viewer: { kind: "MEMBER" } }],
    });
  });
});

describe("KORBILL_TRUSTED_DOCUMENTS=allow (real gateway, HTTP and WebSocket)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      KORBILL_TRUSTED_DOCUMENTS: "allow",
      KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: manifest,
    });
  });
  afterAll(() => gw.close());

  it("runs documents by id and as text over HTTP", async () => {
    expect((await post(gw, { documentId: viewerId })).body).toMatchObject({
      data: { viewer: { kind: "MEMBER" } },
    });
    expect((await post(gw, { query: "{ viewer { kind } }" })).body).toEqual({
      data: { viewer: { kind: "MEMBER" } },
    });
    // An unknown id with its text runs the text; without text it is not found.
    expect(
      (await post(gw, { query: "{ viewer { kind } }", extensions: persisted("2".repeat(64)) }))
        .body,
    ).toEqual({ data: { viewer: { kind: "MEMBER" } } });
    const unknown = await post(gw, { documentId: "2".repeat(64) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toMatchObject([
      { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } },
    ]);
  });

  it("runs documents by id and as text over WebSocket", async () => {
    const ws = gw.ws(DEMO_KEYS.member);
    expect(
      await subscribe(ws, { query: "", extensions: persisted(clockId), variables: { count: 1 } }),
    ).toEqual({ data: [{ clock: { seq: 1 } }] });
    expect(await subscribe(ws, { query: CLOCK, variables: { count: 1 } })).toEqual({
      data: [{ clock: { seq: 1 } }],
    });
    expect(codeOf(await subscribe(ws, { query: "", documentId: "3".repeat(64) }))).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });

  it("keeps the operation limits for a document run by id", async () => {
    // The limits see the manifest's text: a malformed trusted document is a parse error.
    const broken = join(manifestDir, "broken.json");
    writeFileSync(broken, JSON.stringify({ bad: "{ viewer {" }));
    const other = await startTestGateway({ KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: broken });
    try {
      const res = await post(other, { documentId: "bad" });
      expect(res.status).toBe(400);
      expect(res.body.errors).toMatchObject([{ extensions: { code: "GRAPHQL_PARSE_FAILED" } }]);
    } finally {
      await other.close();
    }
  });
});
