import { describe, expect, it } from "vitest";
import { usePopbill } from "../popbill/popbill.test-helpers.js";

async function post(url: string, body: unknown = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe("fault control API", () => {
  const start = usePopbill();

  it("sets faults, counts them and clears them", async () => {
    const { call, authUrl } = await start();
    const set = await post(`${authUrl}/__sandbox/faults`, {
      rate: 1,
      kinds: ["5xx"],
      hosts: ["popbill"],
      seed: 3,
    });
    expect(set).toMatchObject({
      status: 200,
      body: { settings: { rate: 1, kinds: ["5xx"], seed: 3, latencyMs: 500 } },
    });
    expect((await call("GET", "/Cashbill/ChargeInfo")).status).toBe(503);
    expect(await (await fetch(`${authUrl}/__sandbox/faults`)).json()).toMatchObject({
      settings: { seed: 3 },
      stats: {
        total: 1,
        byKind: { "5xx": 1 },
        recent: [{ kind: "5xx", host: "popbill", path: "/Cashbill/ChargeInfo" }],
      },
    });
    expect((await post(`${authUrl}/__sandbox/faults/clear`)).body).toMatchObject({
      settings: null,
      stats: { total: 1 },
    });
    expect((await call("GET", "/Cashbill/ChargeInfo")).status).toBe(200);
    expect((await post(`${authUrl}/__sandbox/faults/reset-stats`)).body).toMatchObject({
      stats: { total: 0 },
    });
  });

  it("refuses invalid fault settings with -10000001", async () => {
    const { authUrl } = await start();
    expect(await post(`${authUrl}/__sandbox/faults`, { rate: 5, kinds: ["5xx"] })).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });
});
