import { describe, expect, it } from "vitest";
import { getWithBearer, memberToken, useSandbox } from "./linkhub.test-helpers.js";

describe("GET /{serviceID}/URL?TG=CHRG", () => {
  const start = useSandbox();

  async function chargeUrl(authUrl: string): Promise<string> {
    const reply = await getWithBearer(
      `${authUrl}/POPBILL_TEST/URL?TG=CHRG`,
      await memberToken(authUrl),
    );
    expect(reply.status).toBe(200);
    return String(reply.body["url"]);
  }

  it("answers a URL of a page served by the sandbox", async () => {
    const { authUrl } = await start();
    const url = await chargeUrl(authUrl);
    expect(url.startsWith(`${authUrl}/`)).toBe(true);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html;charset=utf-8");
    expect(await page.text()).toContain('<b id="remain-point">1000000</b>');
  });

  it("keeps the page for 30 seconds of sandbox time and answers 403 text after that", async () => {
    const { authUrl, sandbox } = await start();
    const url = await chargeUrl(authUrl);
    sandbox.clock.advance(30_000);
    expect((await fetch(url)).status).toBe(200);
    sandbox.clock.advance(1);
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(expired.headers.get("content-type")).toBe("text/plain;charset=utf-8");
    expect(await expired.text()).toMatch(/expired/);
  });

  it("answers 404 for a page it never issued", async () => {
    const { authUrl } = await start();
    expect((await fetch(`${authUrl}/__pages/0123456789abcdef`)).status).toBe(404);
  });

  it("accepts only TG=CHRG", async () => {
    const { authUrl } = await start();
    const token = await memberToken(authUrl);
    for (const query of ["?TG=LOGIN", ""]) {
      expect(await getWithBearer(`${authUrl}/POPBILL_TEST/URL${query}`, token)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    }
  });

  it("refuses missing and expired tokens", async () => {
    const { authUrl, sandbox } = await start();
    const token = await memberToken(authUrl);
    const url = `${authUrl}/POPBILL_TEST/URL?TG=CHRG`;
    expect(await getWithBearer(url, undefined)).toMatchObject({
      status: 401,
      body: { code: -10000034 },
    });
    sandbox.clock.advance(60 * 60 * 1000 + 1);
    expect(await getWithBearer(url, token)).toMatchObject({
      status: 401,
      body: { code: -10000033 },
    });
  });
});
