import { describe, expect, it } from "vitest";
import { CORP_NUM, fakeClient } from "../testing/fake-popbill.js";

const MEMBER = ["member", "140"];

describe("member-account calls (BaseService.js quitMember, deleteContact, URLs)", () => {
  it("QuitMember posts {quitReason} to /QuitRequest, never retried", async () => {
    const { client, last } = fakeClient({ code: 1, message: "ok" });
    await client.quitMember(CORP_NUM, "폐업", "testkorea");
    expect(last().request).toEqual({
      corpNum: CORP_NUM,
      scopes: MEMBER,
      userId: "testkorea",
      method: "POST",
      path: "/QuitRequest",
      body: '{"quitReason":"폐업"}',
    });
  });

  it("DeleteContact posts an empty body to /Contact/Delete?ContactID=", async () => {
    const { client, last } = fakeClient({ code: 1 });
    await client.deleteContact(CORP_NUM, "clerk01");
    expect(last().request).toEqual({
      corpNum: CORP_NUM,
      scopes: MEMBER,
      method: "POST",
      path: "/Contact/Delete?ContactID=clerk01",
      body: "",
    });
  });

  it("GetAccessURL and GetPopbillURL ask /Member?TG= and stamp a 30-second expiry", async () => {
    const { client, calls } = fakeClient({ url: "https://x/login" }, { url: "https://x/pay" });
    const login = await client.getAccessURL(CORP_NUM);
    const pay = await client.getPopbillURL(CORP_NUM, "PAYMENT", "testkorea");
    expect(calls.map((c) => (c.request as { path: string }).path)).toEqual([
      "/Member?TG=LOGIN",
      "/Member?TG=PAYMENT",
    ]);
    expect(login.url).toBe("https://x/login");
    expect(Date.parse(pay.expiresAt) - Date.parse(login.expiresAt)).toBe(0);
    expect(login.expiresAt).toMatch(/\+09:00$/);
  });
});
