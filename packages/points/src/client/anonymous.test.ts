import {
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  UpstreamError,
} from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { createAnonymousPopbill } from "./anonymous.js";

function transportAnswering(status: number, bodyText: string) {
  const sent: HttpRequest[] = [];
  const transport: HttpTransport = {
    async request(request: HttpRequest): Promise<HttpResponse> {
      sent.push(request);
      return {
        status,
        headers: {},
        bodyText,
        requestId: "req-1",
        json: <T>() => JSON.parse(bodyText) as T,
      };
    },
    async close() {},
  };
  return { transport, sent };
}

const endpoints = { popbillApiUrl: "http://127.0.0.1:9" };

describe("createAnonymousPopbill", () => {
  it("sends GETs to the API host with no Authorization and the SDK's Content-Type", async () => {
    const { transport, sent } = transportAnswering(200, '{"code":1,"message":"ok"}');
    const anonymous = createAnonymousPopbill({ transport, endpoints, userAgent: "korbill" });
    expect(await anonymous.request({ method: "GET", path: "/IDCheck?ID=abcdef" })).toEqual({
      code: 1,
      message: "ok",
    });
    expect(sent).toEqual([
      {
        upstream: "popbill",
        method: "GET",
        url: "http://127.0.0.1:9/IDCheck?ID=abcdef",
        headers: { "Content-Type": "application/json;charset=utf-8", "User-Agent": "korbill" },
        body: undefined,
        retry: "safe",
      },
    ]);
  });

  it("sends a POST body byte for byte and never retries it", async () => {
    const { transport, sent } = transportAnswering(200, '{"code":1}');
    await createAnonymousPopbill({ transport, endpoints }).request({
      method: "POST",
      path: "/Join",
      body: '{"ID":"x"}',
    });
    expect(sent[0]).toMatchObject({ method: "POST", body: '{"ID":"x"}', retry: "never" });
    expect(sent[0]!.headers).not.toHaveProperty("Authorization");
  });

  it("turns a non-200 reply into an UpstreamError with POPBiLL's code", async () => {
    const { transport } = transportAnswering(202, '{"code":-10001000,"message":"already"}');
    const error = await createAnonymousPopbill({ transport, endpoints })
      .request({ method: "GET", path: "/Join?CorpNum=1234567890&LID=TESTER" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).code).toBe(-10001000);
  });
});
