import { describe, expect, it } from "vitest";
import { getWithBearer, memberToken, requestToken, useSandbox } from "./linkhub.test-helpers.js";

describe("GET /{serviceID}/Point and /PartnerPoint", () => {
  const start = useSandbox();

  it("answers the member's remaining points for a member token", async () => {
    const { authUrl } = await start();
    const reply = await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, await memberToken(authUrl));
    expect(reply).toEqual({
      status: 200,
      type: "application/json;charset=utf-8",
      body: { remainPoint: 100_000 },
    });
  });

  it("answers the balance of the member the token was issued for", async () => {
    const { authUrl, sandbox } = await start();
    sandbox.state.member("6798700433")!.bonusPoint = 7;
    const token = await memberToken(authUrl, { corpNum: "6798700433" });
    expect((await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, token)).body).toEqual({
      remainPoint: 50_007,
    });
  });

  it("answers the partner's points for any token of that partner", async () => {
    const { authUrl } = await start();
    const reply = await getWithBearer(
      `${authUrl}/POPBILL_TEST/PartnerPoint`,
      await memberToken(authUrl),
    );
    expect(reply.body).toEqual({ remainPoint: 1_000_000 });
  });

  it("refuses a request without a token with -10000034", async () => {
    const { authUrl } = await start();
    for (const path of ["Point", "PartnerPoint"]) {
      expect(await getWithBearer(`${authUrl}/POPBILL_TEST/${path}`, undefined)).toMatchObject({
        status: 401,
        body: { code: -10000034 },
      });
    }
  });

  it("refuses an unknown token with -10000033", async () => {
    const { authUrl } = await start();
    expect(await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, "forged")).toMatchObject({
      status: 401,
      body: { code: -10000033 },
    });
  });

  it("accepts a token until its expiry on the sandbox clock and refuses it one millisecond later", async () => {
    const { authUrl, sandbox } = await start();
    const token = await memberToken(authUrl);
    sandbox.clock.advance(60 * 60 * 1000);
    expect((await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, token)).status).toBe(200);
    sandbox.clock.advance(1);
    const reply = await getWithBearer(`${authUrl}/POPBILL_TEST/PartnerPoint`, token);
    expect(reply).toMatchObject({ status: 401, body: { code: -10000033 } });
  });

  it("refuses a POPBILL_TEST token on POPBILL paths and the reverse", async () => {
    const { authUrl } = await start();
    const testToken = await memberToken(authUrl);
    const prodToken = await memberToken(authUrl, { serviceId: "POPBILL" });
    const onProd = await getWithBearer(`${authUrl}/POPBILL/Point`, testToken);
    expect(onProd).toMatchObject({ status: 401, body: { code: -10000033 } });
    expect(String(onProd.body["message"])).toMatch(/POPBILL_TEST, not POPBILL/);
    expect((await getWithBearer(`${authUrl}/POPBILL_TEST/PartnerPoint`, prodToken)).status).toBe(
      401,
    );
    expect((await getWithBearer(`${authUrl}/POPBILL/Point`, prodToken)).status).toBe(200);
  });

  it("refuses a partner-level token on the member balance", async () => {
    const { authUrl } = await start();
    const { body } = await requestToken(authUrl, {
      body: '{"scope":["member","140"]}',
      forwarded: "*",
    });
    const token = String(body["session_token"]);
    expect(await getWithBearer(`${authUrl}/POPBILL_TEST/Point`, token)).toMatchObject({
      status: 403,
      body: { code: -10000033 },
    });
    expect((await getWithBearer(`${authUrl}/POPBILL_TEST/PartnerPoint`, token)).body).toEqual({
      remainPoint: 1_000_000,
    });
  });

  it("refuses a token of scope member alone (no SDK sends one) and accepts any service's token", async () => {
    const { authUrl } = await start();
    const memberOnly = await memberToken(authUrl, { scopes: ["member"] });
    for (const path of ["Point", "PartnerPoint", "URL?TG=CHRG"]) {
      const refused = await getWithBearer(`${authUrl}/POPBILL_TEST/${path}`, memberOnly);
      expect(refused).toMatchObject({ status: 403, body: { code: -10000033 } });
      expect(String(refused.body["message"])).toMatch(/service scope/);
    }
    const accountCheck = await memberToken(authUrl, { scopes: ["member", "182", "183"] });
    for (const path of ["Point", "PartnerPoint", "URL?TG=CHRG"]) {
      expect((await getWithBearer(`${authUrl}/POPBILL_TEST/${path}`, accountCheck)).status).toBe(
        200,
      );
    }
  });
});
