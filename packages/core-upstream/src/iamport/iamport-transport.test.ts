import { describe, expect, it } from "vitest";
import {
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamNotFoundError,
  UpstreamServerError,
} from "../errors/upstream-error.js";
import { jsonReply, type Step } from "../testing/fake-fetch.js";
import { createIamportTransport } from "./iamport-transport.js";
import { IMP, iamportSetup, ok, tokenEnvelope } from "../testing/iamport-fakes.js";

const UNAUTHORIZED = jsonReply(401, { code: -1, message: "Unauthorized", response: null });

function setup(options: { tier?: string }, ...steps: Step[]) {
  const { tokens, transport, endpoints, calls } = iamportSetup({
    steps: [tokenEnvelope(), ...steps],
  });
  return { iamport: createIamportTransport({ transport, tokens, endpoints, ...options }), calls };
}

describe("createIamportTransport", () => {
  it("reuses one token across calls with a Bearer header (§8.1)", async () => {
    const { iamport, calls } = setup({}, ok({ status: "paid" }));
    await iamport.request({ method: "GET", path: "/payments/imp_123456789012" });
    await iamport.request({ method: "GET", path: "/payments/imp_123456789012" });
    expect(calls.filter((c) => c.url.endsWith("/users/getToken"))).toHaveLength(1);
    expect(calls[2]?.headers.authorization).toBe(`Bearer ${IMP.accessToken}`);
  });

  it("returns the envelope's response", async () => {
    const { iamport } = setup({}, ok({ customer_uid: "cust_1001_3456" }));
    await expect(
      iamport.request({ method: "GET", path: "/subscribe/customers/cust_1001_3456" }),
    ).resolves.toMatchObject({
      response: { customer_uid: "cust_1001_3456" },
      partial: false,
    });
  });

  it("sends bracket query arrays", async () => {
    const { iamport, calls } = setup({}, ok([]));
    await iamport.request({
      method: "GET",
      path: "/subscribe/customers",
      query: { customer_uid: ["a", "b"] },
    });
    expect(calls[1]?.url).toBe(
      "https://api.iamport.kr/subscribe/customers?customer_uid[]=a&customer_uid[]=b",
    );
  });

  it("surfaces a 207 as a partial reply", async () => {
    const { iamport } = setup({}, ok([{ customer_uid: "a" }], 207));
    const reply = await iamport.request({
      method: "GET",
      path: "/subscribe/customers",
      query: { customer_uid: ["a", "b"] },
    });
    expect(reply).toMatchObject({ partial: true, response: [{ customer_uid: "a" }] });
  });

  it("sends a JSON body and the Tier header when configured", async () => {
    const { iamport, calls } = setup({ tier: "AB1" }, ok({}));
    const body = {
      customer_uid: "cust_1001_3456",
      merchant_uid: "sub_1001_202501",
      amount: 9900,
      name: "월간 이용권",
    };
    await iamport.request({
      method: "POST",
      path: "/subscribe/payments/again",
      body,
      retry: "idempotent-post",
    });
    expect(JSON.parse(calls[1]?.body ?? "")).toEqual(body);
    expect(calls[1]?.headers).toMatchObject({
      tier: "AB1",
      "content-type": "application/json; charset=utf-8",
    });
  });

  it("turns code != 0 into UpstreamBusinessError with code and message (§8.3)", async () => {
    const { iamport } = setup(
      {},
      jsonReply(200, { code: 1, message: "등록되지 않은 구매자입니다.", response: null }),
    );
    const error = await iamport
      .request({ method: "POST", path: "/subscribe/payments/again", body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamBusinessError);
    expect(error).toMatchObject({ code: 1, status: 200, message: "등록되지 않은 구매자입니다." });
  });

  it("maps a 404 to UpstreamNotFoundError", async () => {
    const { iamport } = setup(
      {},
      jsonReply(404, { code: -1, message: "존재하지 않는 결제정보입니다.", response: null }),
    );
    await expect(
      iamport.request({ method: "GET", path: "/payments/imp_x" }),
    ).rejects.toBeInstanceOf(UpstreamNotFoundError);
  });

  it("refreshes the token on a 401 and retries once", async () => {
    const { iamport, calls } = setup(
      {},
      UNAUTHORIZED,
      tokenEnvelope("fresh-token"),
      ok({ status: "paid" }),
    );
    await expect(
      iamport.request({ method: "GET", path: "/payments/imp_1" }),
    ).resolves.toMatchObject({ response: { status: "paid" } });
    expect(calls.map((c) => c.headers.authorization)).toEqual([
      undefined,
      `Bearer ${IMP.accessToken}`,
      undefined,
      "Bearer fresh-token",
    ]);
  });

  it("gives up with the 401 message after the one retry (§8.1)", async () => {
    const { iamport, calls } = setup({}, UNAUTHORIZED, tokenEnvelope(), UNAUTHORIZED);
    const error = await iamport
      .request({ method: "GET", path: "/payments/imp_1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamAuthenticationError);
    expect(error).toMatchObject({ status: 401, message: "Unauthorized" });
    expect(calls).toHaveLength(4);
  });

  it("does not retry a plain POST on a 500", async () => {
    const { iamport, calls } = setup(
      {},
      jsonReply(500, { code: -1, message: null, response: null }),
      ok({}),
    );
    await expect(
      iamport.request({ method: "POST", path: "/subscribe/payments/onetime", body: {} }),
    ).rejects.toBeInstanceOf(UpstreamServerError);
    expect(calls).toHaveLength(2);
  });

  it("rejects a 200 that is not an envelope", async () => {
    const { iamport } = setup({}, jsonReply(200, { hello: "world" }));
    await expect(iamport.request({ method: "GET", path: "/payments/imp_1" })).rejects.toThrow(
      /not a \{code, message, response\} envelope/,
    );
  });
});
