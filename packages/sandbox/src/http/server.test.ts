import { createHash } from "node:crypto";
import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useHosts } from "./host.test-helpers.js";
import { DROP_CONNECTION } from "./middleware.js";
import { sendChunked, sendRaw, type RawResponse } from "./raw-http.test-helpers.js";
import { json, text } from "./reply.js";
import { Router } from "./router.js";

const BIG = { items: Array.from({ length: 200 }, (_, i) => ({ index: i, name: `품목-${i}` })) };

function testRouter(): Router {
  return new Router()
    .add({
      method: "POST",
      path: "/echo",
      handler: (req) =>
        json({
          size: req.rawBody.length,
          sha1: createHash("sha1").update(req.rawBody).digest("base64"),
          userId: req.headers.get("X-PB-UserID") ?? null,
          query: req.query.get("q"),
        }),
    })
    .add({
      method: "POST",
      path: "/Cashbill",
      override: "BULKISSUE",
      handler: () => json({ action: "bulk" }),
    })
    .add({ method: "GET", path: "/big", handler: () => json(BIG) })
    .add({ method: "GET", path: "/small", handler: () => text("small") })
    .add({ method: "GET", path: "/boom", handler: () => Promise.reject(new Error("kaput")) })
    .add({ method: "GET", path: "/__sandbox/ping", handler: () => text("pong"), internal: true });
}

function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(parts),
        }),
      );
    }).on("error", reject);
  });
}

describe("HttpHost", () => {
  const startHost = useHosts();

  it("reads a chunked body as the exact payload bytes", async () => {
    const { url } = await startHost(testRouter());
    const chunks = ['{"cashbills":[', '{"itemName":"상품A"}', "]}"];
    const reply = await sendChunked(url, { path: "/echo", chunks });
    const payload = Buffer.from(chunks.join(""), "utf8");
    expect(JSON.parse(reply.body.toString())).toMatchObject({
      size: payload.length,
      sha1: createHash("sha1").update(payload).digest("base64"),
    });
  });

  it("reads a Content-Length body and looks headers up case-insensitively", async () => {
    const { url } = await startHost(testRouter());
    const response = await fetch(`${url}/echo?q=%ED%95%9C`, {
      method: "POST",
      headers: { "x-pb-userid": "testkorea" },
      body: "abc",
    });
    expect(await response.json()).toMatchObject({ size: 3, userId: "testkorea", query: "한" });
  });

  it("dispatches on X-HTTP-Method-Override", async () => {
    const { url } = await startHost(testRouter());
    const response = await fetch(`${url}/Cashbill`, {
      method: "POST",
      headers: { "X-HTTP-Method-Override": "BULKISSUE" },
      body: "{}",
    });
    expect(await response.json()).toEqual({ action: "bulk" });
  });

  it("gzips a large reply when the request accepts gzip", async () => {
    const { url } = await startHost(testRouter());
    const response = await getRaw(`${url}/big`, { "Accept-Encoding": "gzip,deflate" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["content-type"]).toBe("application/json;charset=utf-8");
    expect(JSON.parse(gunzipSync(response.body).toString("utf8"))).toEqual(BIG);
  });

  it("does not gzip when gzip is not accepted or the reply is small", async () => {
    const { url } = await startHost(testRouter());
    for (const [path, headers] of [
      ["/big", {}],
      ["/big", { "Accept-Encoding": "deflate, gzip;q=0" }],
      ["/small", { "Accept-Encoding": "gzip" }],
    ] as const) {
      const response = await getRaw(`${url}${path}`, headers);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(Number(response.headers["content-length"])).toBe(response.body.length);
    }
  });

  it("answers unknown paths, wrong verbs and handler crashes with JSON errors", async () => {
    const { url } = await startHost(testRouter());
    const cases = [
      ["GET", "/nope", 404, -10000000],
      ["DELETE", "/echo", 405, -10000000],
      ["GET", "/boom", 500, -10009999],
    ] as const;
    for (const [method, path, status, code] of cases) {
      const response = await fetch(`${url}${path}`, { method });
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json;charset=utf-8");
      expect(await response.json()).toMatchObject({ code });
    }
  });

  it("records each request in the log with its reply status", async () => {
    const { url, log } = await startHost(testRouter(), { kind: "auth" });
    await sendChunked(url, {
      path: "/echo?q=1",
      headers: { "X-PB-UserID": "u" },
      chunks: ["12345"],
    });
    await fetch(`${url}/nope`);
    expect(log.list()).toMatchObject([
      {
        host: "auth",
        method: "POST",
        path: "/echo",
        query: "q=1",
        bodySize: 5,
        status: 200,
        headers: { "x-pb-userid": "u" },
      },
      { path: "/nope", status: 404 },
    ]);
  });

  it("lets a before hook answer instead of the route", async () => {
    const { url, log, before } = await startHost(testRouter());
    before.push((req) =>
      req.path === "/small" ? json({ code: -10009999, message: "injected" }, 503) : undefined,
    );
    expect((await fetch(`${url}/small`)).status).toBe(503);
    expect((await fetch(`${url}/big`)).status).toBe(200);
    expect(log.count({ status: 503 })).toBe(1);
  });

  it("lets a before hook drop the connection without a reply", async () => {
    const { url, log, before } = await startHost(testRouter());
    before.push(() => DROP_CONNECTION);
    await expect(fetch(`${url}/small`)).rejects.toThrow();
    expect(log.list()).toMatchObject([{ path: "/small", status: undefined }]);
  });

  it("keeps internal routes out of the log and out of before hooks", async () => {
    const { url, log, before } = await startHost(testRouter());
    before.push(() => DROP_CONNECTION);
    expect(await (await fetch(`${url}/__sandbox/ping`)).text()).toBe("pong");
    expect(log.count()).toBe(0);
  });

  it("serves the unmodified V1 framing over a raw socket", async () => {
    const { url } = await startHost(testRouter());
    const raw = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi";
    expect(JSON.parse((await sendRaw(url, raw)).body.toString())).toMatchObject({ size: 2 });
  });
});
