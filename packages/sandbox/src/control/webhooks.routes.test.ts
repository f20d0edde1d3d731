import { describe, expect, it } from "vitest";
import { usePopbill } from "../popbill/popbill.test-helpers.js";
import { useReceiver } from "../webhooks/receiver.test-helpers.js";

async function post(url: string, body: unknown = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe("webhook control API", () => {
  const start = usePopbill();
  const receiver = useReceiver();

  it("configures webhooks without echoing secrets and lists deliveries", async () => {
    const { issue, authUrl, sandbox } = await start();
    const { url, received } = await receiver();
    const configured = await post(`${authUrl}/__sandbox/webhooks`, {
      url,
      basic: { username: "u", password: "p" },
      retries: 1,
    });
    expect(configured).toMatchObject({
      status: 200,
      body: { config: { url, retries: 1, basic: { username: "u", password: "***" } } },
    });
    await issue();
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    const deliveries = await (
      await fetch(`${authUrl}/__sandbox/webhooks/deliveries?eventType=Issue`)
    ).json();
    expect(deliveries).toMatchObject({
      count: 1,
      deliveries: [{ eventType: "Issue", ok: true, attempt: 1 }],
    });
  });

  it("pauses, resumes, disables and enables", async () => {
    const { issue, authUrl, sandbox } = await start();
    const { url, received } = await receiver();
    await post(`${authUrl}/__sandbox/webhooks`, { url });
    expect((await post(`${authUrl}/__sandbox/webhooks/pause`)).body).toMatchObject({
      paused: true,
      enabled: true,
    });
    await issue();
    expect(await (await fetch(`${authUrl}/__sandbox/webhooks/pending`)).json()).toMatchObject({
      count: 1,
    });
    await post(`${authUrl}/__sandbox/webhooks/resume`);
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    expect((await post(`${authUrl}/__sandbox/webhooks/disable`)).body).toMatchObject({
      enabled: false,
    });
    await issue({ mgtKey: "MK-2" });
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    expect((await post(`${authUrl}/__sandbox/webhooks/enable`)).body).toMatchObject({
      enabled: true,
    });
    await post(`${authUrl}/__sandbox/webhooks/unconfigure`);
    expect(sandbox.webhooks.configs()).toEqual([]);
  });

  it("refuses a config without a usable URL", async () => {
    const { authUrl } = await start();
    expect(await post(`${authUrl}/__sandbox/webhooks`, {})).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
    expect((await post(`${authUrl}/__sandbox/webhooks`, { url: "nope" })).status).toBe(400);
  });
});
