import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "../popbill/popbill.test-helpers.js";

/** GET with a bearer token and a chosen Host header (node:http, which lets Host be set). */
async function getUrl(base: string, path: string, token: string, host?: string): Promise<string> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { headers: { Authorization: `Bearer ${token}`, ...(host ? { Host: host } : {}) } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => {
          const body = JSON.parse(text) as { url?: string };
          if (res.statusCode !== 200 || !body.url) reject(new Error(`${res.statusCode} ${text}`));
          else resolve(body.url);
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("page URLs (TG= pages of the auth and POPBiLL hosts, HomeTax popups)", () => {
  const start = usePopbill();
  const PATHS = [
    ["popbill", "/Member?TG=CHRG"],
    ["popbill", "/HomeTax/Cashbill?TG=CERT"],
    ["auth", "/POPBILL_TEST/URL?TG=CHRG"],
  ] as const;

  it("are built from each host's configured public URL, whatever the Host header says", async () => {
    const publicUrls = {
      authUrl: "https://auth.sandbox.example.test",
      popbillUrl: "https://popbill.sandbox.example.test/api",
    };
    const { authUrl, popbillUrl } = await start({ publicUrls });
    const token = await memberToken(authUrl, { scopes: ["member", "140", "141"] });
    const bases = { auth: authUrl, popbill: popbillUrl };
    const publicBases = { auth: publicUrls.authUrl, popbill: publicUrls.popbillUrl };
    for (const [host, path] of PATHS) {
      const url = await getUrl(bases[host], path, token, "attacker.example:80");
      expect(url.startsWith(`${publicBases[host]}/__pages/`)).toBe(true);
    }
  });

  it("default to the host's own listening URL, not the Host header", async () => {
    const { authUrl, popbillUrl } = await start();
    const token = await memberToken(authUrl, { scopes: ["member", "140", "141"] });
    const bases = { auth: authUrl, popbill: popbillUrl };
    for (const [host, path] of PATHS) {
      const url = await getUrl(bases[host], path, token, "attacker.example:80");
      expect(url.startsWith(`${bases[host]}/__pages/`)).toBe(true);
    }
  });
});
