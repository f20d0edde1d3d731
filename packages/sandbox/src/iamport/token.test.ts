import { describe, expect, it } from "vitest";
import { IAMPORT_CONTENT_TYPE } from "./reply.js";
import { DEMO_IAMPORT } from "./state.js";
import { ISSUE_BODY, useIamport, VECTOR_NOW } from "./iamport.test-helpers.js";

const CREDENTIALS = { imp_key: DEMO_IAMPORT.impKey, imp_secret: DEMO_IAMPORT.impSecret };

describe("POST /users/getToken", () => {
  const start = useIamport();

  it("issues a 40-hex token valid for 30 minutes in the envelope", async () => {
    const { api } = await start({ login: false });
    const reply = await api.post("/users/getToken", CREDENTIALS, { authorization: null });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe(IAMPORT_CONTENT_TYPE);
    expect(reply).toMatchObject({ code: 0, message: null });
    expect(reply.response).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f]{40}$/),
      now: VECTOR_NOW,
      expired_at: VECTOR_NOW + 1800,
    });
  });

  it("follows the §8.1 reuse, extension and renewal rules at the four instants", async () => {
    const { api, at } = await start({ login: false });
    const ask = async () =>
      (await api.post("/users/getToken", CREDENTIALS, { authorization: null })).response;
    const first = await ask();
    at(1_735_690_000);
    expect(await ask()).toEqual({ ...first, now: 1_735_690_000, expired_at: 1_735_691_400 });
    at(1_735_691_350);
    expect(await ask()).toEqual({ ...first, now: 1_735_691_350, expired_at: 1_735_691_700 });
    at(1_735_691_701);
    const renewed = await ask();
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.expired_at).toBe(1_735_691_701 + 1800);
  });

  it("renews after expiry without an extension", async () => {
    const { api, at } = await start({ login: false });
    const ask = async () =>
      (await api.post("/users/getToken", CREDENTIALS, { authorization: null })).response;
    const first = await ask();
    at(1_735_691_401);
    const renewed = await ask();
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.expired_at).toBe(1_735_693_201);
  });

  it("refuses a wrong secret with 401 and the observed message", async () => {
    const { api } = await start({ login: false });
    const reply = await api.post(
      "/users/getToken",
      { ...CREDENTIALS, imp_secret: "wrong" },
      { authorization: null },
    );
    expect(reply.status).toBe(401);
    expect(reply).toMatchObject({
      code: -1,
      message: "인증에 실패하였습니다. API키와 secret을 확인하세요.",
      response: null,
    });
  });

  it("answers 400 when imp_key or imp_secret is missing", async () => {
    const { api } = await start({ login: false });
    for (const body of [{}, { imp_key: DEMO_IAMPORT.impKey }]) {
      const reply = await api.post("/users/getToken", body, { authorization: null });
      expect(reply.status).toBe(400);
      expect(reply).toMatchObject({
        code: -1,
        message: "imp_key, imp_secret 파라메터가 누락되었습니다.",
        response: null,
      });
    }
  });

  it("accepts a form-encoded body", async () => {
    const { api } = await start({ login: false });
    const form = new URLSearchParams(CREDENTIALS).toString();
    const reply = await api.post("/users/getToken", undefined, { authorization: null, form });
    expect(reply).toMatchObject({ status: 200, code: 0 });
  });
});

describe("token presentation", () => {
  const start = useIamport();

  it("accepts Bearer, the raw token and X-ImpTokenHeader", async () => {
    const { api } = await start();
    const path = "/subscribe/customers/nobody";
    for (const options of [
      { authorization: `Bearer ${api.token}` },
      { authorization: `bearer ${api.token}` },
      { authorization: api.token },
      { authorization: null, headers: { "X-ImpTokenHeader": api.token } },
    ]) {
      expect((await api.get(path, options)).status).toBe(404);
    }
  });

  it("answers 401 Unauthorized without a valid token", async () => {
    const { api } = await start();
    const path = "/subscribe/customers/nobody";
    for (const options of [
      { authorization: null },
      { authorization: "Bearer" },
      { authorization: "Bearer 0000" },
      { authorization: `Basic ${api.token}` },
      { authorization: "nope", headers: { "X-ImpTokenHeader": api.token } },
    ]) {
      const reply = await api.get(path, options);
      expect(reply.status).toBe(401);
      expect(reply).toMatchObject({ code: -1, message: "Unauthorized", response: null });
      expect(reply.contentType).toBe(IAMPORT_CONTENT_TYPE);
    }
  });

  it("answers 401 once the token expired", async () => {
    const { api, at } = await start();
    at(VECTOR_NOW + 1801);
    expect((await api.get("/subscribe/customers/nobody")).status).toBe(401);
  });

  it("keeps the data of each Tier apart", async () => {
    const { api } = await start();
    await api.post("/subscribe/customers/cust_1", ISSUE_BODY, { headers: { Tier: "AB1" } });
    expect((await api.get("/subscribe/customers/cust_1", { headers: { Tier: "AB1" } })).code).toBe(
      0,
    );
    expect((await api.get("/subscribe/customers/cust_1")).status).toBe(404);
    expect(
      (await api.get("/subscribe/customers/cust_1", { headers: { Tier: "XYZ" } })).status,
    ).toBe(404);
  });
});

describe("routing", () => {
  const start = useIamport();

  it("answers unknown paths and wrong verbs in the envelope", async () => {
    const { api } = await start();
    const unknown = await api.get("/nope/nothing");
    expect(unknown.status).toBe(404);
    expect(unknown).toMatchObject({ code: -1, response: null });
    expect(unknown.contentType).toBe(IAMPORT_CONTENT_TYPE);
    const wrongVerb = await api.call("PATCH", "/subscribe/payments/again");
    expect(wrongVerb.status).toBe(405);
    expect(wrongVerb).toMatchObject({ code: -1, response: null });
  });
});
