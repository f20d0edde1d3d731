import { describe, expect, it } from "vitest";
import { memberToken, useSandbox } from "../linkhub/linkhub.test-helpers.js";

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("control API", () => {
  const start = useSandbox();

  it("advances and sets the sandbox clock", async () => {
    const { authUrl, sandbox } = await start();
    expect((await post(`${authUrl}/__sandbox/clock/advance`, { ms: 61_000 })).body).toEqual({
      now: "2026-11-23T01:03:04.000Z",
    });
    expect(sandbox.clock.now().toISOString()).toBe("2026-11-23T01:03:04.000Z");
    await post(`${authUrl}/__sandbox/clock/set`, { now: "2027-01-01T00:00:00Z" });
    expect(await (await fetch(`${authUrl}/__sandbox/clock`)).json()).toEqual({
      now: "2027-01-01T00:00:00.000Z",
      frozen: true,
    });
  });

  it("expires tokens when advanced from another process's point of view", async () => {
    const { authUrl } = await start();
    const token = await memberToken(authUrl);
    await post(`${authUrl}/__sandbox/clock/advance`, { ms: 60 * 60 * 1000 + 1 });
    const response = await fetch(`${authUrl}/POPBILL_TEST/Point`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
  });

  it("counts requests by host and path, without counting itself", async () => {
    const { authUrl } = await start();
    await memberToken(authUrl);
    await memberToken(authUrl);
    await fetch(`${authUrl}/Time`);
    const byPattern = await (
      await fetch(`${authUrl}/__sandbox/requests?host=auth&pathPattern=%2FToken%24&limit=1`)
    ).json();
    expect(byPattern).toMatchObject({
      count: 2,
      requests: [{ method: "POST", path: "/POPBILL_TEST/Token", status: 200 }],
    });
    const all = await (await fetch(`${authUrl}/__sandbox/requests?host=auth`)).json();
    expect(all).toMatchObject({ count: 3 });
    expect(await (await fetch(`${authUrl}/__sandbox/requests?path=/Time&limit=0`)).json()).toEqual({
      count: 1,
      requests: [],
    });
  });

  it("clears the request log", async () => {
    const { authUrl, sandbox } = await start();
    await fetch(`${authUrl}/Time`);
    expect((await post(`${authUrl}/__sandbox/requests/clear`, {})).body).toEqual({ cleared: 1 });
    expect(sandbox.requests.count()).toBe(0);
  });

  it("shows a member with its remaining points", async () => {
    const { authUrl } = await start();
    const member = await (await fetch(`${authUrl}/__sandbox/members/1234567890`)).json();
    expect(member).toMatchObject({
      corpName: "데모상사",
      remainPoint: 100_000,
      users: [{ userId: "testkorea" }],
    });
    expect((await fetch(`${authUrl}/__sandbox/members/0000000000`)).status).toBe(404);
  });

  it("refuses malformed control input with a JSON error", async () => {
    const { authUrl } = await start();
    for (const [path, body] of [
      ["clock/advance", { ms: -1 }],
      ["clock/set", { now: "soon" }],
    ] as const) {
      expect(await post(`${authUrl}/__sandbox/${path}`, body)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    }
    expect((await fetch(`${authUrl}/__sandbox/requests?pathPattern=(`)).status).toBe(400);
  });
});
