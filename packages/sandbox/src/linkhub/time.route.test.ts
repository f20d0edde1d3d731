import { describe, expect, it } from "vitest";
import { useSandbox } from "./linkhub.test-helpers.js";

describe("GET /Time", () => {
  const start = useSandbox();

  it("answers the sandbox clock as plain text with second precision", async () => {
    const { authUrl, sandbox } = await start();
    sandbox.clock.advance(1_999);
    const response = await fetch(`${authUrl}/Time`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain;charset=utf-8");
    expect(await response.text()).toBe("2026-11-23T01:02:04Z");
  });

  it("needs no authentication and refuses POST with a JSON error", async () => {
    const { authUrl } = await start();
    const response = await fetch(`${authUrl}/Time`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ code: -10000000 });
  });
});
