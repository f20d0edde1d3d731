import { describe, expect, it } from "vitest";
import { UpstreamTimeoutError } from "../errors/upstream-error.js";
import { hang, jsonReply, scriptedFetch, zeroSleep } from "../testing/fake-fetch.js";
import { createHttpTransport } from "./http-transport.js";
import { type HttpRequest } from "./types.js";

const GET: HttpRequest = {
  upstream: "popbill",
  method: "GET",
  url: "https://pb.test/Cashbill/MK-1",
};

describe("createHttpTransport requests", () => {
  it("times out with UpstreamTimeoutError", async () => {
    const { fetch } = scriptedFetch(hang);
    const transport = createHttpTransport({
      fetch,
      sleep: zeroSleep(),
      maxRetries: 0,
      timeoutMs: 20,
    });
    await expect(transport.request(GET)).rejects.toBeInstanceOf(UpstreamTimeoutError);
  });

  it("rethrows the caller's abort instead of retrying", async () => {
    const { fetch, calls } = scriptedFetch(hang);
    const transport = createHttpTransport({ fetch, sleep: zeroSleep() });
    const controller = new AbortController();
    const pending = transport.request({ ...GET, signal: controller.signal });
    controller.abort(new Error("caller gave up"));
    await expect(pending).rejects.toThrow("caller gave up");
    expect(calls).toHaveLength(1);
  });

  it("asks for gzip and sends its user agent", async () => {
    const { fetch, calls } = scriptedFetch(jsonReply(200, {}));
    await createHttpTransport({ fetch, userAgent: "korbill-test" }).request(GET);
    expect(calls[0]?.headers).toMatchObject({
      "accept-encoding": "gzip",
      "user-agent": "korbill-test",
    });
  });

  it("lets the caller's header win over a default spelled differently", async () => {
    const { fetch, calls } = scriptedFetch(jsonReply(200, {}));
    await createHttpTransport({ fetch }).request({ ...GET, headers: { "user-agent": "mine" } });
    expect(
      Object.entries(calls[0]?.init.headers ?? {}).filter(
        ([name]) => name.toLowerCase() === "user-agent",
      ),
    ).toEqual([["user-agent", "mine"]]);
  });

  it("uses the upstream's x-request-id on errors", async () => {
    const { fetch } = scriptedFetch(jsonReply(400, { code: -1 }, { "x-request-id": "up-42" }));
    await expect(createHttpTransport({ fetch }).request(GET)).rejects.toMatchObject({
      requestId: "up-42",
    });
  });

  it("generates a request id when the upstream sends none", async () => {
    const { fetch } = scriptedFetch(jsonReply(200, {}));
    const response = await createHttpTransport({ fetch }).request(GET);
    expect(response.requestId).toMatch(/^korbill-[0-9a-f-]{36}$/);
  });

  it("throws an UpstreamError when a 200 body is not JSON", async () => {
    const { fetch } = scriptedFetch(new Response("<html>", { status: 200 }));
    const response = await createHttpTransport({ fetch }).request(GET);
    expect(() => response.json()).toThrow(/not JSON/);
  });

  it("returns lower-cased response headers", async () => {
    const { fetch } = scriptedFetch(jsonReply(200, {}, { "X-Thing": "1" }));
    const response = await createHttpTransport({ fetch }).request(GET);
    expect(response.headers["x-thing"]).toBe("1");
  });
});
