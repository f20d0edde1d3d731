import { describe, expect, it } from "vitest";
import { sendRaw } from "../http/raw-http.test-helpers.js";
import {
  rawTokenRequest,
  requestToken,
  signedTokenHeaders,
  useSandbox,
  V1_BODY,
  V1_SIG,
  VECTOR_DATE,
} from "./linkhub.test-helpers.js";

function errorOf(response: { status: number; headers: Record<string, string>; body: Buffer }) {
  expect(response.headers["content-type"]).toBe("application/json;charset=utf-8");
  return {
    status: response.status,
    ...(JSON.parse(response.body.toString("utf8")) as { code: number; message: string }),
  };
}

describe("POST /{ServiceID}/Token refuses", () => {
  const start = useSandbox();

  it("a body changed by one byte", async () => {
    const { authUrl } = await start();
    const tampered = V1_BODY.replace('"140"', '"141"');
    const reply = errorOf(
      await sendRaw(authUrl, rawTokenRequest({ signature: V1_SIG, body: tampered })),
    );
    expect(reply).toMatchObject({ status: 401, code: -10000032 });
    expect(reply.message).toMatch(/signature/);
  });

  it("a wrong signature", async () => {
    const { authUrl } = await start();
    const wrong = `A${V1_SIG.slice(1)}`;
    expect(errorOf(await sendRaw(authUrl, rawTokenRequest({ signature: wrong })))).toMatchObject({
      status: 401,
      code: -10000032,
    });
  });

  it("a signature over the other ServiceID's path", async () => {
    const { authUrl } = await start();
    const reply = errorOf(
      await sendRaw(authUrl, rawTokenRequest({ signature: V1_SIG, path: "/POPBILL/Token" })),
    );
    expect(reply.code).toBe(-10000032);
  });

  it("an x-lh-date more than five minutes behind the sandbox clock, but not one exactly five minutes behind", async () => {
    const { authUrl, sandbox } = await start();
    sandbox.clock.advance(5 * 60 * 1000);
    expect((await sendRaw(authUrl, rawTokenRequest({ signature: V1_SIG }))).status).toBe(200);
    sandbox.clock.advance(1);
    const reply = errorOf(await sendRaw(authUrl, rawTokenRequest({ signature: V1_SIG })));
    expect(reply).toMatchObject({ status: 401, code: -10000032 });
    expect(reply.message).toMatch(/x-lh-date is 300 s away/);
  });

  it("an x-lh-date ahead of the sandbox clock beyond the configured skew", async () => {
    const { authUrl, sandbox } = await start({ settings: { maxClockSkewMs: 1_000 } });
    sandbox.clock.set(new Date(Date.parse(VECTOR_DATE) - 2_000));
    expect((await sendRaw(authUrl, rawTokenRequest({ signature: V1_SIG }))).status).toBe(401);
  });

  it("an unknown LinkID", async () => {
    const { authUrl } = await start();
    const raw = rawTokenRequest({ signature: V1_SIG }).replace("LINKHUB TESTER", "LINKHUB NOBODY");
    expect(errorOf(await sendRaw(authUrl, raw))).toMatchObject({ status: 401, code: -10000010 });
  });

  it("an unknown CorpNum", async () => {
    const { authUrl } = await start();
    const reply = await requestToken(authUrl, {
      body: '{"access_id":"9999999999","scope":["member"]}',
    });
    expect(reply).toMatchObject({ status: 403, body: { code: -10000012 } });
  });

  it("a CorpNum that belongs to another partner", async () => {
    const { authUrl } = await start({
      partners: [{ linkId: "OTHER", secretKey: "c2VjcmV0LWtleS1vZi1hbm90aGVyLXBhcnRuZXI=" }],
      members: [
        { corpNum: "1111111111", corpName: "타사", ceoName: "박", linkId: "OTHER", users: [] },
      ],
    });
    const reply = await requestToken(authUrl, {
      body: '{"access_id":"1111111111","scope":["member"]}',
    });
    expect(reply).toMatchObject({ status: 403, body: { code: -10000012 } });
  });

  it("a request without Authorization", async () => {
    const { authUrl } = await start();
    const headers = signedTokenHeaders({ body: V1_BODY });
    delete headers["Authorization"];
    const response = await fetch(`${authUrl}/POPBILL_TEST/Token`, {
      method: "POST",
      headers,
      body: V1_BODY,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: -10000034 });
  });

  it("an unknown ServiceID even when correctly signed", async () => {
    const { authUrl } = await start();
    const reply = await requestToken(authUrl, { body: V1_BODY, serviceId: "BAROCERT" });
    expect(reply).toMatchObject({ status: 400, body: { code: -10000032 } });
  });

  it("a date without a time zone, another x-lh-version and a malformed Authorization", async () => {
    const { authUrl } = await start();
    const local = rawTokenRequest({ signature: V1_SIG, date: "2026-11-23T01:02:03.000" });
    const version = rawTokenRequest({ signature: V1_SIG }).replace(
      "x-lh-version: 2.0",
      "x-lh-version: 1.0",
    );
    const spaces = rawTokenRequest({ signature: V1_SIG }).replace(
      "LINKHUB TESTER",
      "LINKHUB  TESTER",
    );
    for (const raw of [local, version, spaces]) {
      expect(errorOf(await sendRaw(authUrl, raw)).code).toBe(-10000032);
    }
  });

  it("a correctly signed body that is not JSON or asks for an unknown scope", async () => {
    const { authUrl } = await start();
    for (const body of [
      "access_id=1234567890",
      '{"access_id":"1234567890","scope":["member","999"]}',
      "[]",
    ]) {
      expect(await requestToken(authUrl, { body })).toMatchObject({
        status: 400,
        body: { code: -10000032 },
      });
    }
  });
});
