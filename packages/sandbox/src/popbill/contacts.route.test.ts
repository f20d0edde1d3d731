import { describe, expect, it } from "vitest";
import { memberToken, requestToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

const CORP_INFO = {
  ceoname: "김대표",
  corpName: "데모상사2",
  addr: "부산시",
  bizType: "도소매",
  bizClass: "전자상거래",
};

const CONTACT = {
  id: "clerk0001",
  Password: "clerk-pass1!",
  personName: "박직원",
  tel: "02-333-4444",
  email: "clerk@example.com",
  searchRole: 2,
};

describe("GET/POST /CorpInfo", () => {
  const start = usePopbill();

  it("answers the member's company details with a lower-case ceoname", async () => {
    const { call } = await start();
    expect((await call("GET", "/CorpInfo")).body).toEqual({
      ceoname: "김데모",
      corpName: "데모상사",
      addr: "서울특별시 강남구 테헤란로 1",
      bizType: "서비스",
      bizClass: "소프트웨어 개발",
    });
  });

  it("updates them with {code: 1} and refuses a missing field with -10001001", async () => {
    const { call } = await start();
    expect((await call("POST", "/CorpInfo", { body: CORP_INFO })).body).toMatchObject({ code: 1 });
    expect((await call("GET", "/CorpInfo")).body).toEqual(CORP_INFO);
    expect(
      await call("POST", "/CorpInfo", { body: { ...CORP_INFO, bizType: undefined } }),
    ).toMatchObject({ status: 400, body: { code: -10001001 } });
  });
});

describe("contacts: GET /IDs, POST /IDs/New, POST /IDs, POST /Contact", () => {
  const start = usePopbill();

  it("lists the member's users, the administrator first", async () => {
    const { call } = await start();
    expect((await call("GET", "/IDs")).body).toEqual([
      expect.objectContaining({
        id: "testkorea",
        personName: "김데모",
        mgrYN: true,
        searchRole: 3,
      }),
    ]);
  });

  it("registers a contact who can then act as x-pb-userid", async () => {
    const { call, issue, sandbox } = await start();
    expect((await call("POST", "/IDs/New", { body: CONTACT })).body).toMatchObject({ code: 1 });
    expect((await call("POST", "/Contact", { body: { id: "clerk0001" } })).body).toEqual({
      id: "clerk0001",
      personName: "박직원",
      email: "clerk@example.com",
      tel: "02-333-4444",
      hp: null,
      fax: null,
      searchRole: 2,
      mgrYN: false,
      state: 1,
      regDT: "20261123100203",
    });
    expect((await call("GET", "/IDs")).body).toHaveLength(2);
    expect((await issue({}, { headers: { "x-pb-userid": "clerk0001" } })).status).toBe(200);
    expect(sandbox.points.useHistory("1234567890").at(-1)?.userID).toBe("clerk0001");
    expect(sandbox.state.logins.verify("clerk0001", "clerk-pass1!")).toBe(true);
    expect(JSON.stringify(sandbox.state.member("1234567890"))).not.toContain("clerk-pass1!");
  });

  it("refuses a taken id (-10001002), a bad password (-10000007) and a bad role (-10001003)", async () => {
    const { call } = await start();
    for (const [body, code] of [
      [{ ...CONTACT, id: "testkorea" }, -10001002],
      [{ ...CONTACT, id: "exampleuser" }, -10001002],
      [{ ...CONTACT, Password: undefined }, -10000007],
      [{ ...CONTACT, searchRole: 5 }, -10001003],
      [{ ...CONTACT, personName: "" }, -10001003],
      [{ ...CONTACT, id: undefined }, -10000006],
    ] as const) {
      expect(await call("POST", "/IDs/New", { body })).toMatchObject({
        status: 400,
        body: { code },
      });
    }
    expect((await call("GET", "/IDs")).body).toHaveLength(1);
  });

  it("updates a contact's given fields and refuses an unknown id with -10000008 (404)", async () => {
    const { call } = await start();
    const update = {
      id: "testkorea",
      personName: "김수정",
      email: "new@example.com",
      searchRole: 1,
    };
    expect((await call("POST", "/IDs", { body: update })).body).toMatchObject({ code: 1 });
    expect((await call("POST", "/Contact", { body: { id: "testkorea" } })).body).toMatchObject({
      personName: "김수정",
      email: "new@example.com",
      searchRole: 1,
    });
    expect(await call("POST", "/IDs", { body: { ...update, id: "exampleuser" } })).toMatchObject({
      status: 404,
      body: { code: -10000008 },
    });
    expect(await call("POST", "/Contact", { body: { id: "nobody01" } })).toMatchObject({
      status: 404,
      body: { code: -10000008 },
    });
  });
});

describe("member operations for a CorpNum that is not a member", () => {
  const start = usePopbill();

  it("cannot get a token (-10000012), so no member call can be made for it", async () => {
    const { authUrl } = await start();
    const { status, body } = await requestToken(authUrl, {
      body: '{"access_id":"9999999999","scope":["member"]}',
      forwarded: "*",
    });
    expect({ status, code: body["code"] }).toEqual({ status: 403, code: -10000012 });
  });

  it("refuses a partner-level token and no token on every member operation", async () => {
    const { call, authUrl } = await start();
    const { body } = await requestToken(authUrl, { body: '{"scope":["member"]}', forwarded: "*" });
    const partnerToken = String(body["session_token"]);
    const memberOnly = await memberToken(authUrl, { scopes: ["member"] });
    for (const [method, path] of [
      ["GET", "/CorpInfo"],
      ["GET", "/IDs"],
      ["POST", "/Contact"],
      ["POST", "/Payment"],
      ["GET", "/RefundPoint"],
      ["GET", "/UseHistory?SDate=20261123&EDate=20261123"],
    ] as const) {
      const body = method === "POST" ? {} : undefined;
      expect(await call(method, path, { token: partnerToken, body })).toMatchObject({
        status: 403,
        body: { code: -10000033 },
      });
      expect((await call(method, path, { token: null, body })).body.code).toBe(-10000034);
    }
    const accountCheck = await memberToken(authUrl, { scopes: ["member", "182", "183"] });
    for (const path of ["/RefundPoint", "/CorpInfo", "/IDs"]) {
      // no SDK asks for `member` alone: every service object adds its own code (popbill.md §1.5)
      expect(await call("GET", path, { token: memberOnly })).toMatchObject({
        status: 403,
        body: { code: -10000033 },
      });
      expect((await call("GET", path, { token: accountCheck })).status).toBe(200);
    }
  });
});
