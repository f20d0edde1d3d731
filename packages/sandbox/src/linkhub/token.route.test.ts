import { describe, expect, it } from "vitest";
import { sendRaw } from "../http/raw-http.test-helpers.js";
import {
  getWithBearer,
  rawTokenRequest,
  requestToken,
  useSandbox,
  V1_BODY,
  V1_SIG,
} from "./linkhub.test-helpers.js";

// Literal request vectors of popbill.md §5.1.
const V2_SIG = "rY5xh3YN7+Y63ukstmjIOHlp6MqR626zjEoLkQl6B90=";
const V3_BODY = '{"access_id":"1234567890","scope":["member","182","183"]}';
const V3_SIG = "HAqndUE/6AZmTb3bjW8gnDIqF19yCR7Pu1qNxehTJcw=";
const V5_SIG = "hgmc87p5QcRiaFUszeyt8CMdPBYxAViVsm8/cynczxk=";
const P1_BODY = '{"access_id": "1234567890", "scope": ["member", "140"]}';
const P1_SIG = "IyP8usOEHxtpCcR2AYleYzlg4igGdz6QrkEJj/03DkQ=";
const N1_BODY = '{"scope":["member","140"]}';
const N1_SIG = "ypTFdirgl+iGF2AvGJWRAjtkYRTd74kmLkwLgTzL+W0=";

function replyJson(response: { body: Buffer }): Record<string, unknown> {
  return JSON.parse(response.body.toString("utf8")) as Record<string, unknown>;
}

describe("POST /{ServiceID}/Token", () => {
  const start = useSandbox();

  it("accepts the V1 request byte for byte and answers every token field", async () => {
    const { authUrl } = await start();
    const raw = rawTokenRequest({ signature: V1_SIG });
    expect(Buffer.byteLength(raw)).toBe(354);
    const response = await sendRaw(authUrl, raw);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json;charset=utf-8");
    const token = replyJson(response);
    expect(token).toMatchObject({
      serviceID: "POPBILL_TEST",
      linkID: "TESTER",
      ipaddress: "127.0.0.1",
      expiration: "2026-11-23T02:02:03.000Z",
      scope: ["member", "140"],
    });
    expect(token["session_token"]).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(token["usercode"]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("binds the V2 token to any IP when x-lh-forwarded is *", async () => {
    const { authUrl } = await start();
    const response = await sendRaw(
      authUrl,
      rawTokenRequest({ signature: V2_SIG, forwarded: true }),
    );
    expect(response.status).toBe(200);
    expect(replyJson(response)["ipaddress"]).toBe("*");
  });

  it("grants the AccountCheck scopes of V3", async () => {
    const { authUrl } = await start();
    const response = await sendRaw(authUrl, rawTokenRequest({ signature: V3_SIG, body: V3_BODY }));
    expect(replyJson(response)["scope"]).toEqual(["member", "182", "183"]);
  });

  it("issues a production token for V5 on /POPBILL/Token", async () => {
    const { authUrl } = await start();
    const response = await sendRaw(
      authUrl,
      rawTokenRequest({ signature: V5_SIG, path: "/POPBILL/Token" }),
    );
    expect(response.status).toBe(200);
    expect(replyJson(response)["serviceID"]).toBe("POPBILL");
  });

  it("accepts the Python spelling P1 with a second-precision date", async () => {
    const { authUrl } = await start();
    const raw = rawTokenRequest({ signature: P1_SIG, body: P1_BODY, date: "2026-11-23T01:02:03Z" });
    const response = await sendRaw(authUrl, raw);
    expect(response.status).toBe(200);
    expect(replyJson(response)["scope"]).toEqual(["member", "140"]);
  });

  it("issues a partner-level token for N1 without access_id", async () => {
    const { authUrl, sandbox } = await start();
    const response = await sendRaw(authUrl, rawTokenRequest({ signature: N1_SIG, body: N1_BODY }));
    expect(response.status).toBe(200);
    const token = sandbox.state.tokens.lookup(
      String(replyJson(response)["session_token"]),
      sandbox.clock.now(),
    );
    expect(token).toMatchObject({ linkId: "TESTER", corpNum: undefined });
  });

  it("treats a null access_id and PascalCase keys like the compact form", async () => {
    const { authUrl } = await start();
    const partner = await requestToken(authUrl, { body: '{"access_id":null,"scope":["member"]}' });
    const pascal = await requestToken(authUrl, {
      body: '{"Access_ID":"6798700433","Scope":["member","141"]}',
    });
    expect(partner.status).toBe(200);
    expect(pascal.status).toBe(200);
    expect(pascal.body["scope"]).toEqual(["member", "141"]);
  });

  it("takes the token lifetime from the settings", async () => {
    const { authUrl } = await start({ settings: { tokenLifetimeMs: 10 * 60 * 1000 } });
    const { body } = await requestToken(authUrl, { body: V1_BODY });
    expect(body["expiration"]).toBe("2026-11-23T01:12:03.000Z");
  });

  it("gives each request of an identical burst its own valid token", async () => {
    const { authUrl } = await start();
    const raw = rawTokenRequest({ signature: V1_SIG });
    const replies = await Promise.all([1, 2, 3].map(() => sendRaw(authUrl, raw)));
    const tokens = replies.map((reply) => String(replyJson(reply)["session_token"]));
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) {
      expect((await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, token)).status).toBe(200);
    }
  });
});
