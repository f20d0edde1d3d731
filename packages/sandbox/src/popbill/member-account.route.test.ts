import { describe, expect, it } from "vitest";
import { usePopbill } from "./popbill.test-helpers.js";

const CONTACT = {
  id: "clerk0001",
  Password: "clerk-pass1!",
  personName: "박직원",
  email: "clerk@example.com",
  searchRole: 2,
};

describe("POST /Contact/Delete?ContactID= (DeleteContact)", () => {
  const start = usePopbill();

  it("deletes a contact with an empty body; its id is free again", async () => {
    const { call, sandbox } = await start();
    expect((await call("POST", "/IDs/New", { body: CONTACT })).body).toMatchObject({ code: 1 });
    const del = await call("POST", "/Contact/Delete?ContactID=clerk0001", { body: "" });
    expect(del).toMatchObject({ status: 200, body: { code: 1 } });
    expect((await call("GET", "/IDs")).body).toHaveLength(1);
    expect(sandbox.state.logins.taken("clerk0001")).toBe(false);
    expect(await call("POST", "/Contact/Delete?ContactID=clerk0001", { body: "" })).toMatchObject({
      status: 404,
      body: { code: -10000008 },
    });
  });

  it("refuses the administrator (-10001004) and a missing id (-10000006)", async () => {
    const { call } = await start();
    expect(await call("POST", "/Contact/Delete?ContactID=testkorea", { body: "" })).toMatchObject({
      status: 400,
      body: { code: -10001004 },
    });
    expect(await call("POST", "/Contact/Delete", { body: "" })).toMatchObject({
      status: 400,
      body: { code: -10000006 },
    });
    expect((await call("GET", "/IDs")).body).toHaveLength(1);
  });
});

describe("POST /QuitRequest (QuitMember)", () => {
  const start = usePopbill();

  it("needs a quitReason (-10001005), then removes the member so its calls fail", async () => {
    const { call, sandbox } = await start();
    expect(await call("POST", "/QuitRequest", { body: {} })).toMatchObject({
      status: 400,
      body: { code: -10001005 },
    });
    expect(sandbox.state.member("1234567890")).toBeDefined();
    const quit = await call("POST", "/QuitRequest", { body: { quitReason: "폐업" } });
    expect(quit).toMatchObject({ status: 200, body: { code: 1 } });
    expect(sandbox.state.member("1234567890")).toBeUndefined();
    expect(sandbox.state.logins.taken("testkorea")).toBe(false);
    expect((await call("GET", "/CorpInfo")).status).not.toBe(200);
  });
});

describe("GET /Member?TG=LOGIN (GetAccessURL)", () => {
  const start = usePopbill();

  it("answers a 30-second URL of the member's login page", async () => {
    const { call } = await start();
    const reply = await call("GET", "/Member?TG=LOGIN");
    expect(reply.status).toBe(200);
    const page = await fetch((reply.body as { url: string }).url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("팝빌 로그인");
    expect(html).toContain("1234567890");
  });
});
