import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { createEnv } from "../create-env.js";
import { type SandboxEnv } from "../env.js";
import { useHosts } from "../http/host.test-helpers.js";
import { json } from "../http/reply.js";
import { Router } from "../http/router.js";
import { verifyBearer } from "./bearer.js";
import { getWithBearer, memberToken, requestToken, useSandbox } from "./linkhub.test-helpers.js";

/** An API-host-like route that requires scope 140 on the test stage. */
function cashbillRouter(): Router {
  return new Router().add({
    method: "GET",
    path: "/Cashbill/:mgtKey",
    handler: (req) => json({ corpNum: verifyBearer(req, ["140"], "POPBILL_TEST").corpNum }),
  });
}

function getFrom(localAddress: string, url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { localAddress, headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject).end();
  });
}

describe("verifyBearer", () => {
  const start = useSandbox();
  const startHost = useHosts();

  async function apiHost() {
    const { sandbox, authUrl } = await start();
    const env: SandboxEnv = createEnv({
      clock: sandbox.clock,
      state: sandbox.state,
      settings: sandbox.settings,
    });
    const { url } = await startHost(cashbillRouter(), { env });
    return { authUrl, url };
  }

  it("lets a token with the required scope through and hands the handler its member", async () => {
    const { authUrl, url } = await apiHost();
    const reply = await getWithBearer(
      `${url}/Cashbill/MK-1`,
      await memberToken(authUrl, { scopes: ["member", "140"] }),
    );
    expect(reply).toMatchObject({ status: 200, body: { corpNum: "1234567890" } });
  });

  it("refuses a token without the required scope with 403", async () => {
    const { authUrl, url } = await apiHost();
    const reply = await getWithBearer(
      `${url}/Cashbill/MK-1`,
      await memberToken(authUrl, { scopes: ["member", "141"] }),
    );
    expect(reply).toMatchObject({ status: 403, body: { code: -10000033 } });
    expect(String(reply.body["message"])).toMatch(/scope 140/);
  });

  it("refuses a token of the other ServiceID", async () => {
    const { authUrl, url } = await apiHost();
    const reply = await getWithBearer(
      `${url}/Cashbill/MK-1`,
      await memberToken(authUrl, { serviceId: "POPBILL" }),
    );
    expect(reply).toMatchObject({ status: 401, body: { code: -10000033 } });
  });

  it("refuses a non-Bearer Authorization as a missing token", async () => {
    const { url } = await apiHost();
    const response = await fetch(`${url}/Cashbill/MK-1`, {
      headers: { Authorization: "LINKHUB TESTER abc" },
    });
    expect(await response.json()).toMatchObject({ code: -10000034 });
  });

  it("refuses a token bound to another IP with -10000029", async () => {
    const { authUrl, url } = await apiHost();
    const body = '{"access_id":"1234567890","scope":["member","140"]}';
    const { body: token } = await requestToken(authUrl, { body, forwarded: "203.0.113.7" });
    expect(token["ipaddress"]).toBe("203.0.113.7");
    const reply = await getWithBearer(`${url}/Cashbill/MK-1`, String(token["session_token"]));
    expect(reply).toMatchObject({ status: 403, body: { code: -10000029 } });
  });

  it("binds a token requested without x-lh-forwarded to the caller's address", async () => {
    const { authUrl, url } = await apiHost();
    const body = '{"access_id":"1234567890","scope":["member","140"]}';
    const { body: token } = await requestToken(authUrl, { body });
    expect(token["ipaddress"]).toBe("127.0.0.1");
    expect(await getFrom("127.0.0.1", `${url}/Cashbill/MK-1`, String(token["session_token"]))).toBe(
      200,
    );
    expect(await getFrom("127.0.0.2", `${url}/Cashbill/MK-1`, String(token["session_token"]))).toBe(
      403,
    );
  });
});
