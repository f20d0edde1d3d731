import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { SandboxClock } from "./clock.js";
import { createSandbox, DEMO_MEMBERS, DEMO_PARTNER } from "./index.js";
import { memberToken } from "./linkhub/linkhub.test-helpers.js";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("createSandbox", () => {
  it("starts the auth, POPBiLL and i'mport hosts on random loopback ports and stops them", async () => {
    const sandbox = createSandbox();
    const { authUrl, popbillUrl, iamportUrl } = await sandbox.start();
    expect(authUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(popbillUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(iamportUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set([authUrl, popbillUrl, iamportUrl]).size).toBe(3);
    expect(sandbox.urls).toEqual({ authUrl, popbillUrl, iamportUrl });
    expect((await fetch(`${iamportUrl}/users/getToken`, { method: "POST" })).status).toBe(400);
    expect((await fetch(`${authUrl}/Time`)).status).toBe(200);
    await sandbox.stop();
    expect(sandbox.urls).toBeUndefined();
    await expect(fetch(`${authUrl}/Time`)).rejects.toThrow();
    await expect(fetch(`${popbillUrl}/Cashbill/ChargeInfo`)).rejects.toThrow();
    await expect(fetch(`${iamportUrl}/users/getToken`, { method: "POST" })).rejects.toThrow();
  });

  it("listens on the given port", async () => {
    const port = await freePort();
    const sandbox = createSandbox({ ports: { auth: port } });
    try {
      expect((await sandbox.start()).authUrl).toBe(`http://127.0.0.1:${port}`);
    } finally {
      await sandbox.stop();
    }
  });

  it("refuses a second start while running and can start again after stop", async () => {
    const sandbox = createSandbox();
    await sandbox.start();
    await expect(sandbox.start()).rejects.toThrow(/already started/);
    await sandbox.stop();
    await sandbox.start();
    await sandbox.stop();
    await sandbox.stop();
  });

  it("seeds the demo partner and members unless told not to", () => {
    expect(
      createSandbox()
        .state.members()
        .map((m) => m.corpNum),
    ).toEqual(DEMO_MEMBERS.map((m) => m.corpNum));
    expect(createSandbox().state.partner(DEMO_PARTNER.linkId)?.secretKey).toBe(
      DEMO_PARTNER.secretKey,
    );
    expect(createSandbox({ seedDemo: false }).state.partners()).toEqual([]);
  });

  it("adds partners and members from the options", () => {
    const sandbox = createSandbox({
      partners: [{ linkId: "ACME", secretKey: "QUNNRS1zZWNyZXQ=", partnerPoint: 5 }],
      members: [
        {
          corpNum: "2222222222",
          corpName: "에이크미",
          ceoName: "최",
          linkId: "ACME",
          users: [{ userId: "acme", userName: "최" }],
        },
      ],
    });
    expect(sandbox.state.memberOf("ACME", "2222222222")?.corpName).toBe("에이크미");
  });

  it("shares a given clock and rejects negative settings", () => {
    const clock = new SandboxClock({ fixed: 0 });
    expect(createSandbox({ clock }).clock).toBe(clock);
    expect(() => createSandbox({ settings: { tokenLifetimeMs: -1 } })).toThrow(RangeError);
  });

  it("counts token requests in its request log", async () => {
    const sandbox = createSandbox({ clock: { fixed: "2026-11-23T01:02:03.000Z" } });
    const { authUrl } = await sandbox.start();
    try {
      await memberToken(authUrl);
      await fetch(`${authUrl}/Time`);
      expect(sandbox.requests.count({ host: "auth", path: /\/Token$/ })).toBe(1);
      sandbox.requests.clear();
      expect(sandbox.requests.count()).toBe(0);
    } finally {
      await sandbox.stop();
    }
  });

  it("rejects start when the port is taken and leaves nothing listening", async () => {
    const first = createSandbox();
    const { authUrl } = await first.start();
    const second = createSandbox({ ports: { auth: Number(new URL(authUrl).port) } });
    try {
      await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
      expect(second.urls).toBeUndefined();
    } finally {
      await first.stop();
    }
  });
});
