import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { type GatewayProcess, processTimeout, spawnGateway } from "../processes.js";
import { type RawReply, sendRaw } from "./http.js";

/**
 * Every HTTP error of every route is JSON with no stack and no file path, whatever NODE_ENV
 * is: the built gateway runs as its own process (as deployed: the production stage does not
 * set NODE_ENV) and gets the bodies a broken or hostile client sends.
 */

const CARD = "4111-1111-1111-1111";
const JSON_TYPE = { "content-type": "application/json" };
const TRAILING_COMMA = `{"query":"{ __typename }","variables":{"card":"${CARD}",}}`;
const UPGRADE = {
  connection: "Upgrade",
  upgrade: "websocket",
  "sec-websocket-version": "13",
  "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
};
const OVER_GRAPHQL_LIMIT = Buffer.alloc(11 * 1024 * 1024, " ");
const OVER_WEBHOOK_LIMIT = Buffer.alloc(3 * 1024 * 1024, "a");

interface Case {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  status: number;
  /** The `extensions.code` on /graphql, the `code` elsewhere; omitted where none is promised. */
  code?: string;
}

const CASES: Case[] = [
  ...graphqlCases(),
  {
    name: "an i'mport webhook over the limit",
    path: "/webhooks/iamport",
    headers: JSON_TYPE,
    body: OVER_WEBHOOK_LIMIT,
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "an i'mport webhook with a broken gzip body",
    path: "/webhooks/iamport",
    headers: { ...JSON_TYPE, "content-encoding": "gzip" },
    body: `{"imp_uid":"${CARD}"}`,
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "an i'mport webhook in an unknown content encoding",
    path: "/webhooks/iamport",
    headers: { ...JSON_TYPE, "content-encoding": "compress" },
    body: "x",
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "an i'mport webhook that is not JSON",
    path: "/webhooks/iamport",
    headers: JSON_TYPE,
    body: TRAILING_COMMA,
    status: 400,
  },
  {
    name: "a POPBiLL webhook over the limit",
    path: "/webhooks/popbill",
    headers: JSON_TYPE,
    body: OVER_WEBHOOK_LIMIT,
    status: 413,
  },
  {
    name: "a POPBiLL webhook with a broken gzip body",
    path: "/webhooks/popbill",
    headers: { ...JSON_TYPE, "content-encoding": "gzip" },
    body: "not gzip",
    status: 400,
  },
  { name: "a GET of the POPBiLL webhook", path: "/webhooks/popbill", method: "GET", status: 405 },
  {
    name: "a POST to /healthz",
    path: "/healthz",
    headers: JSON_TYPE,
    body: TRAILING_COMMA,
    status: 404,
    code: "NOT_FOUND",
  },
  { name: "an unknown path", path: "/nope", method: "GET", status: 404, code: "NOT_FOUND" },
  {
    name: "a WebSocket upgrade on another path",
    path: "/nope",
    method: "GET",
    headers: UPGRADE,
    status: 404,
    code: "NOT_FOUND",
  },
  {
    name: "/graphql: a WebSocket upgrade without a key",
    path: "/graphql",
    method: "GET",
    headers: { connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13" },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "an unknown path with a malformed body",
    path: "/api/v1/cards",
    headers: JSON_TYPE,
    body: TRAILING_COMMA,
    status: 404,
    code: "NOT_FOUND",
  },
  {
    name: "a playground file that does not exist",
    path: "/assets/missing.js",
    method: "GET",
    status: 404,
    code: "NOT_FOUND",
  },
  {
    name: "a path escaping the playground directory",
    path: "/assets/..%2f..%2fpackage.json",
    method: "GET",
    status: 404,
  },
  {
    name: "a malformed percent-encoding",
    path: "/assets/%E0%A4%A",
    method: "GET",
    status: 404,
  },
];

function graphqlCases(): Case[] {
  const post = (
    name: string,
    body: Buffer | string,
    status: number,
    code: string,
    headers: Record<string, string> = JSON_TYPE,
  ): Case => ({ name: `/graphql: ${name}`, path: "/graphql", headers, body, status, code });
  return [
    post("invalid JSON (one trailing comma)", TRAILING_COMMA, 400, "BAD_REQUEST"),
    post("a null body", "null", 400, "BAD_REQUEST"),
    post("a string body", JSON.stringify(CARD), 400, "BAD_REQUEST"),
    post("a number body", "4111111111111111", 400, "BAD_REQUEST"),
    post("a body over the limit", OVER_GRAPHQL_LIMIT, 413, "PAYLOAD_TOO_LARGE"),
    post("an unsupported charset", '{"query":"{ __typename }"}', 415, "UNSUPPORTED_MEDIA_TYPE", {
      "content-type": "application/json; charset=latin1",
    }),
    post("a broken gzip body", `{"card":"${CARD}"}`, 400, "BAD_REQUEST", {
      ...JSON_TYPE,
      "content-encoding": "gzip",
    }),
    post("gzip of invalid JSON", gzipSync(TRAILING_COMMA), 400, "BAD_REQUEST", {
      ...JSON_TYPE,
      "content-encoding": "gzip",
    }),
    post("an empty object", "{}", 400, "BAD_REQUEST"),
    post("a query that is not a string", '{"query":5}', 400, "BAD_REQUEST"),
    post("a batch", `[{"query":"{ __typename }"}]`, 400, "BAD_REQUEST"),
    post("a broken brotli body", "xx", 400, "BAD_REQUEST", {
      ...JSON_TYPE,
      "content-encoding": "br",
    }),
    post("an unknown content encoding", "{}", 415, "UNSUPPORTED_MEDIA_TYPE", {
      ...JSON_TYPE,
      "content-encoding": "compress",
    }),
  ];
}

/** What must never be in an error reply: HTML, stack frames, file paths, the posted card. */
function expectCleanJson(reply: RawReply, label: string): unknown {
  expect(reply.contentType, label).toMatch(/^application\/json/);
  expect(reply.text, label).not.toMatch(/<html/i);
  // A stack frame: `at fn (/abs/file.js:12:3)`, `at /abs/file.js:12:3`, `at node:internal/...`.
  expect(reply.text, label).not.toMatch(/\bat (?:[^\s"]+ \()?(?:\/|node:|file:)[^\s"]*:\d+/);
  for (const leak of ["/work", "node_modules", process.cwd(), "/home/", "/usr/", "file://", CARD])
    expect(reply.text, `${label} leaks ${leak}`).not.toContain(leak);
  expect(reply.text.replace(/\D/g, ""), label).not.toContain("4111111111111111");
  return JSON.parse(reply.text) as unknown;
}

function codeOf(path: string, body: unknown): unknown {
  if (path === "/graphql") {
    const errors = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] })
      .errors;
    expect(errors?.[0]?.message).toEqual(expect.any(String));
    return errors?.[0]?.extensions?.code;
  }
  expect((body as { error?: unknown }).error).toEqual(expect.any(String));
  return (body as { code?: unknown }).code;
}

for (const nodeEnv of [undefined, "development"] as const) {
  describe(`JSON errors only (NODE_ENV ${nodeEnv ?? "unset"})`, () => {
    let gateway: GatewayProcess;
    let dataDir: string;
    let playgroundDir: string;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), "korbill-json-errors-"));
      playgroundDir = join(dataDir, "playground");
      mkdirSync(join(playgroundDir, "assets"), { recursive: true });
      // Built once, empty once: GET / then exercises both the static page and its absence.
      if (nodeEnv === undefined)
        writeFileSync(join(playgroundDir, "index.html"), "<!doctype html><title>pg</title>");
      gateway = await spawnGateway({
        NODE_ENV: nodeEnv,
        KORBILL_STAGE: "local",
        KORBILL_DATA_DIR: dataDir,
        KORBILL_LOG_LEVEL: "debug",
        KORBILL_PLAYGROUND_DIR: playgroundDir,
      });
    }, processTimeout());

    afterAll(async () => {
      await gateway?.kill();
      rmSync(dataDir, { recursive: true, force: true });
    });

    for (const c of CASES) {
      it(`answers ${c.name} with JSON ${c.status}${c.code ? ` ${c.code}` : ""}`, async () => {
        const reply = await sendRaw(`${gateway.url}${c.path}`, {
          method: c.method ?? "POST",
          headers: c.headers ?? {},
          ...(c.body === undefined ? {} : { body: c.body }),
        });
        expect(reply.status, reply.text.slice(0, 300)).toBe(c.status);
        const body = expectCleanJson(reply, c.name);
        const code = codeOf(c.path, body);
        if (c.code) expect(code).toBe(c.code);
      });
    }

    it("answers GET / with the playground, or JSON when it is not built", async () => {
      const reply = await sendRaw(`${gateway.url}/`, { method: "GET" });
      if (nodeEnv === undefined) {
        expect(reply.status).toBe(200);
        expect(reply.text).toContain("<title>pg</title>");
        return;
      }
      expect(reply.status).toBe(503);
      expectCleanJson(reply, "GET /");
      expect(reply.text).not.toContain(playgroundDir);
    });

    it("still serves GraphQL and /healthz", async () => {
      const ok = await sendRaw(`${gateway.graphqlUrl}`, {
        headers: { ...JSON_TYPE, authorization: `Bearer ${DEMO_KEYS.member}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.text)).toEqual({ data: { __typename: "Query" } });
      const gz = await sendRaw(`${gateway.graphqlUrl}`, {
        headers: { ...JSON_TYPE, "content-encoding": "gzip" },
        body: gzipSync(JSON.stringify({ query: "{ __typename }" })),
      });
      expect(JSON.parse(gz.text)).toEqual({ data: { __typename: "Query" } });
      const health = await sendRaw(`${gateway.url}/healthz`, { method: "GET" });
      expect(health.status).toBe(200);
    });

    it("logs only JSON lines, without bodies, stacks or paths", () => {
      const lines = gateway.stderr.join("").split("\n").filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(() => JSON.parse(line) as unknown, line).not.toThrow();
        expect(line).not.toContain("node_modules");
        expect(line).not.toContain(CARD);
        expect(line).not.toMatch(/"stack"/);
      }
      // The client errors above were logged, by type.
      expect(lines.some((l) => l.includes("entity.parse.failed"))).toBe(true);
    });
  });
}
