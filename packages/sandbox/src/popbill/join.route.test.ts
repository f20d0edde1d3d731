import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

const PASSWORD = "s3cret-Pass!";

/** A JoinForm serialised like linkhub's `stringify` (every falsy value dropped). */
function joinForm(overrides: Record<string, unknown> = {}): string {
  const form = {
    ID: "newmember01",
    Password: PASSWORD,
    LinkID: "TESTER",
    CorpNum: "1112233333",
    CEOName: "정대표",
    CorpName: "새회사",
    Addr: "서울시 중구",
    BizType: "서비스",
    BizClass: "소프트웨어",
    ContactName: "정담당",
    ContactEmail: "contact@example.com",
    ContactTEL: "02-111-2222",
    ...overrides,
  };
  return JSON.stringify(form, (_key, value: unknown) => (value ? value : undefined));
}

describe("CheckIsMember, CheckID and JoinMember (no token)", () => {
  const start = usePopbill();

  it("answers GET /Join with code 1 for a member of the partner and 0 otherwise", async () => {
    const { call } = await start({
      partners: [{ linkId: "OTHER", secretKey: "T1RIRVI=" }],
      members: [
        { corpNum: "1111111111", corpName: "타사", ceoName: "박", linkId: "OTHER", users: [] },
      ],
    });
    const check = (query: string) => call("GET", `/Join?${query}`, { token: null });
    expect(await check("CorpNum=1234567890&LID=TESTER")).toMatchObject({
      status: 200,
      body: { code: 1 },
    });
    expect((await check("CorpNum=9999999999&LID=TESTER")).body.code).toBe(0);
    expect((await check("CorpNum=1111111111&LID=TESTER")).body.code).toBe(0);
    expect((await check("CorpNum=1111111111&LID=OTHER")).body.code).toBe(1);
  });

  it("refuses GET /Join with a bad CorpNum (-10000015) or an unknown LID (-10000010)", async () => {
    const { call } = await start();
    expect((await call("GET", "/Join?CorpNum=12345&LID=TESTER", { token: null })).body.code).toBe(
      -10000015,
    );
    expect(
      (await call("GET", "/Join?CorpNum=1234567890&LID=NOBODY", { token: null })).body.code,
    ).toBe(-10000010);
  });

  it("answers GET /IDCheck with code 1 for a taken id and 0 for a free one", async () => {
    const { call } = await start();
    expect((await call("GET", "/IDCheck?ID=testkorea", { token: null })).body).toMatchObject({
      code: 1,
    });
    expect((await call("GET", "/IDCheck?ID=TESTKOREA", { token: null })).body.code).toBe(1);
    expect((await call("GET", "/IDCheck?ID=freeuser01", { token: null })).body).toMatchObject({
      code: 0,
    });
    expect((await call("GET", "/IDCheck", { token: null })).body.code).toBe(-10000006);
    expect((await call("GET", "/IDCheck?ID=ab", { token: null })).body.code).toBe(-10000038);
  });

  it("joins a member whose administrator can then work with a token", async () => {
    const { call, authUrl, sandbox } = await start();
    expect(await call("POST", "/Join", { body: joinForm(), token: null })).toMatchObject({
      status: 200,
      body: { code: 1, message: expect.any(String) },
    });
    expect(
      (await call("GET", "/Join?CorpNum=1112233333&LID=TESTER", { token: null })).body.code,
    ).toBe(1);
    expect((await call("GET", "/IDCheck?ID=newmember01", { token: null })).body.code).toBe(1);
    const token = await memberToken(authUrl, { corpNum: "1112233333", scopes: ["member", "140"] });
    expect((await call("GET", "/CorpInfo", { token })).body).toEqual({
      ceoname: "정대표",
      corpName: "새회사",
      addr: "서울시 중구",
      bizType: "서비스",
      bizClass: "소프트웨어",
    });
    expect((await call("GET", "/IDs", { token })).body).toEqual([
      {
        id: "newmember01",
        personName: "정담당",
        email: "contact@example.com",
        tel: "02-111-2222",
        hp: null,
        fax: null,
        searchRole: 3,
        mgrYN: true,
        state: 1,
        regDT: "20261123100203",
      },
    ]);
    expect(sandbox.points.balance("1112233333")).toMatchObject({ remainPoint: 0 });
  });

  it("keeps the password only as a hash: never in the state, the control API or the request log", async () => {
    const { call, sandbox, popbillUrl } = await start();
    await call("POST", "/Join", { body: joinForm(), token: null });
    expect(sandbox.state.logins.verify("newmember01", PASSWORD)).toBe(true);
    expect(sandbox.state.logins.verify("newmember01", "wrong-pass1!")).toBe(false);
    const member = await (await fetch(`${popbillUrl}/__sandbox/members/1112233333`)).text();
    const requests = await (await fetch(`${popbillUrl}/__sandbox/requests`)).text();
    for (const text of [JSON.stringify(sandbox.state.member("1112233333")), member, requests]) {
      expect(text).not.toContain(PASSWORD);
    }
  });

  it("refuses a CorpNum that is already a member with -10001000", async () => {
    const { call } = await start();
    expect(
      await call("POST", "/Join", { body: joinForm({ CorpNum: "1234567890" }), token: null }),
    ).toMatchObject({ status: 400, body: { code: -10001000 } });
    await call("POST", "/Join", { body: joinForm(), token: null });
    expect(
      (await call("POST", "/Join", { body: joinForm({ ID: "another01" }), token: null })).body.code,
    ).toBe(-10001000);
  });

  it("refuses an ID already used by any POPBiLL user with -10001002", async () => {
    const { call, sandbox } = await start();
    for (const ID of ["testkorea", "ExampleUser"]) {
      expect((await call("POST", "/Join", { body: joinForm({ ID }), token: null })).body.code).toBe(
        -10001002,
      );
    }
    expect(sandbox.state.member("1112233333")).toBeUndefined();
  });

  it("refuses an incomplete or malformed JoinForm with the member codes", async () => {
    const { call } = await start();
    for (const [overrides, code] of [
      [{ LinkID: "" }, -10000010],
      [{ LinkID: "NOBODY" }, -10000010],
      [{ CorpNum: "" }, -10000015],
      [{ CorpNum: "123456789" }, -10000015],
      [{ CorpName: "" }, -10001001],
      [{ BizClass: "" }, -10001001],
      [{ ContactEmail: "" }, -10001001],
      [{ ID: "" }, -10000006],
      [{ ID: "a b c d e f" }, -10000038],
      [{ Password: "short" }, -10000007],
      [{ Password: "" }, -10000007],
    ] as const) {
      expect(await call("POST", "/Join", { body: joinForm(overrides), token: null })).toMatchObject(
        {
          status: 400,
          body: { code },
        },
      );
    }
    expect((await call("POST", "/Join", { body: "nope", token: null })).body.code).toBe(-10000001);
  });
});
