import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../src/config.js";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { type TestGateway, startTestGateway } from "../harness.js";

/**
 * CORS on a real gateway: an allowlisted origin's preflight is answered and its responses
 * carry Access-Control-Allow-Origin; any other origin gets neither; Apollo's CSRF check still
 * refuses the requests a browser sends without a preflight; WebSocket upgrades from a foreign
 * Origin are refused before graphql-ws. The Chromium side is in apps/playground/test.
 */

const ALLOWED = "http://app.example.test:5173";
const FOREIGN = "http://evil.example.test";

/** Opens a WebSocket with `origin` (none when undefined); resolves to "open" or the status. */
function upgrade(url: string, origin?: string): Promise<"open" | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws", origin ? { origin } : {});
    socket.once("open", () => {
      socket.close();
      resolve("open");
    });
    socket.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once("error", (error) => reject(error));
  });
}

describe("CORS and WebSocket origins", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ KORBILL_CORS_ORIGINS: `${ALLOWED}, https://other.example` });
  });
  afterAll(async () => {
    await gw?.close();
  });

  const preflight = (origin: string) =>
    fetch(gw.graphqlUrl, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });

  it("answers an allowed origin's preflight with the origin and the headers it asked for", async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(res.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("vary")).toMatch(/origin/i);
  });

  it("refuses another origin's preflight with a JSON error and no CORS header", async () => {
    const res = await preflight(FOREIGN);
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("lets an allowed origin read its responses, and no other origin", async () => {
    const post = (origin: string) =>
      fetch(gw.graphqlUrl, {
        method: "POST",
        headers: {
          origin,
          "content-type": "application/json",
          authorization: `Bearer ${DEMO_KEYS.member}`,
        },
        body: JSON.stringify({ query: "{ viewer { kind } }" }),
      });
    const allowed = await post(ALLOWED);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    const foreign = await post(FOREIGN);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps refusing requests a browser sends without a preflight (CSRF)", async () => {
    const res = await fetch(`${gw.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { origin: ALLOWED },
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain("CSRF");
    expect(body).not.toContain('"data"');
  });

  it("refuses a WebSocket upgrade from a foreign origin, not from allowed, own or no origin", async () => {
    expect(await upgrade(gw.wsUrl, FOREIGN)).toBe(403);
    expect(await upgrade(gw.wsUrl, ALLOWED)).toBe("open");
    expect(await upgrade(gw.wsUrl, gw.url)).toBe("open");
    expect(await upgrade(gw.wsUrl)).toBe("open");
  });
});

describe("KORBILL_CORS_ORIGINS", () => {
  it("takes exact origins and names a bad entry", () => {
    expect(
      loadConfig({ KORBILL_CORS_ORIGINS: "https://a.example, http://b.example:8080/" }).corsOrigins,
    ).toEqual(["https://a.example", "http://b.example:8080"]);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(() => loadConfig({ KORBILL_CORS_ORIGINS: "https://a.example/app,*" })).toThrow(
      /KORBILL_CORS_ORIGINS.*"https:\/\/a.example\/app"[\s\S]*"\*"/,
    );
  });
});
