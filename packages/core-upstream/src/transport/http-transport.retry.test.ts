import { describe, expect, it } from "vitest";
import {
  UpstreamConnectionError,
  UpstreamInvalidRequestError,
  UpstreamRateLimitError,
  UpstreamServerError,
} from "../errors/upstream-error.js";
import { jsonReply, scriptedFetch, type Step, zeroSleep } from "../testing/fake-fetch.js";
import { createHttpTransport } from "./http-transport.js";
import { type HttpRequest } from "./types.js";

const GET: HttpRequest = {
  upstream: "popbill",
  method: "GET",
  url: "https://pb.test/Cashbill/MK-1",
};
const POST: HttpRequest = {
  upstream: "popbill",
  method: "POST",
  url: "https://pb.test/Cashbill",
  body: "{}",
};

function setup(...steps: Step[]) {
  const script = scriptedFetch(...steps);
  const sleep = zeroSleep();
  const transport = createHttpTransport({
    fetch: script.fetch,
    sleep,
    maxRetries: 2,
    backoff: { random: () => 0.5 },
  });
  return { transport, calls: script.calls, sleep };
}

const unavailable = () => jsonReply(503, { code: -1, message: "busy" });
const connectionReset = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
  });

describe("createHttpTransport retries", () => {
  it("retries a 503 on GET then succeeds", async () => {
    const { transport, calls } = setup(unavailable(), jsonReply(200, { ok: true }));
    const response = await transport.request(GET);
    expect(response.json()).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it("does not retry a 400", async () => {
    const { transport, calls } = setup(
      jsonReply(400, { code: -14001010, message: "bad" }),
      jsonReply(200, {}),
    );
    await expect(transport.request(GET)).rejects.toBeInstanceOf(UpstreamInvalidRequestError);
    expect(calls).toHaveLength(1);
  });

  it("does not retry a POST unless marked idempotent", async () => {
    const { transport, calls } = setup(unavailable(), jsonReply(200, {}));
    await expect(transport.request(POST)).rejects.toBeInstanceOf(UpstreamServerError);
    expect(calls).toHaveLength(1);
  });

  it("retries a POST marked idempotent-post", async () => {
    const { transport, calls } = setup(unavailable(), jsonReply(200, {}));
    await transport.request({ ...POST, retry: "idempotent-post" });
    expect(calls).toHaveLength(2);
  });

  it("retries a plain POST whose connection was refused, since nothing was sent", async () => {
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
    });
    const { transport, calls } = setup(refused, jsonReply(200, {}));
    await transport.request(POST);
    expect(calls).toHaveLength(2);
  });

  it("does not retry a plain POST after a reset, whose outcome is unknown", async () => {
    const { transport } = setup(connectionReset(), jsonReply(200, {}));
    await expect(transport.request(POST)).rejects.toBeInstanceOf(UpstreamConnectionError);
  });

  it("does not retry anything marked never", async () => {
    const { transport, calls } = setup(unavailable(), jsonReply(200, {}));
    await expect(transport.request({ ...GET, retry: "never" })).rejects.toBeInstanceOf(
      UpstreamServerError,
    );
    expect(calls).toHaveLength(1);
  });

  it("gives up after maxRetries with UpstreamServerError", async () => {
    const { transport, calls } = setup(unavailable());
    await expect(transport.request(GET)).rejects.toBeInstanceOf(UpstreamServerError);
    expect(calls).toHaveLength(3);
  });

  it("retries a connection reset on GET", async () => {
    const { transport, calls } = setup(connectionReset(), jsonReply(200, {}));
    await transport.request(GET);
    expect(calls).toHaveLength(2);
  });

  it("waits with growing jittered backoff between attempts", async () => {
    const { transport, sleep } = setup(unavailable());
    await expect(transport.request(GET)).rejects.toThrow();
    expect(sleep.waits).toEqual([225, 450]);
  });

  it("honours Retry-After on a 429", async () => {
    const { transport, sleep } = setup(
      jsonReply(429, {}, { "retry-after": "3" }),
      jsonReply(200, {}),
    );
    await transport.request(GET);
    expect(sleep.waits).toEqual([3_000]);
  });

  it("gives up at once when Retry-After is longer than it will wait", async () => {
    const { transport, calls } = setup(
      jsonReply(429, {}, { "retry-after": "3600" }),
      jsonReply(200, {}),
    );
    await expect(transport.request(GET)).rejects.toBeInstanceOf(UpstreamRateLimitError);
    expect(calls).toHaveLength(1);
  });

  it("keeps one generated request id across retries", async () => {
    const { transport } = setup(connectionReset());
    const error = await transport.request(GET).catch((e: unknown) => e);
    expect(error).toMatchObject({ requestId: expect.stringMatching(/^korbill-/) });
  });
});
