import { ManualClock } from "@korbill/core-domain";
import { type PopbillTransport } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { createPointsClient } from "./client.js";
import { linkhubStringify } from "./anonymous.js";
import { CORP_NUM, LINK_ID, fakeClient } from "../testing/fake-popbill.js";

// the cash-receipt service's token: no SDK asks for `member` alone (services.ts)
const MEMBER = ["member", "140"];
const body = (request: unknown) => (request as { body?: string }).body;

describe("token-less onboarding calls", () => {
  it("CheckIsMember asks /Join?CorpNum=&LID= without a token", async () => {
    const { client, calls } = fakeClient({ code: 1, message: "가입" });
    await client.checkIsMember(CORP_NUM);
    expect(calls).toEqual([
      {
        host: "anonymous",
        request: { method: "GET", path: `/Join?CorpNum=${CORP_NUM}&LID=${LINK_ID}` },
      },
    ]);
  });

  it("CheckID asks /IDCheck?ID= without a token", async () => {
    const { client, calls } = fakeClient({ code: 0 });
    await client.checkID("testkorea");
    expect(calls).toEqual([
      { host: "anonymous", request: { method: "GET", path: "/IDCheck?ID=testkorea" } },
    ]);
  });

  it("JoinMember posts the JoinForm with the client's LinkID, in the example's key order", async () => {
    const { client, last } = fakeClient({ code: 1 });
    await client.joinMember({
      ID: "newmember01",
      Password: "asdf8536!@#",
      CorpNum: "1234567890",
      CEOName: "대표자",
      CorpName: "상호",
      Addr: "주소",
      BizType: "업태",
      BizClass: "종목",
      ContactName: "담당자",
      ContactEmail: "a@b.co",
      ContactTEL: "",
    });
    const recorded = last();
    expect(recorded.host).toBe("anonymous");
    expect(recorded.request).toMatchObject({ method: "POST", path: "/Join" });
    expect(body(recorded.request)).toBe(
      '{"ID":"newmember01","Password":"asdf8536!@#","LinkID":"TESTER","CorpNum":"1234567890","CEOName":"대표자","CorpName":"상호","Addr":"주소","BizType":"업태","BizClass":"종목","ContactName":"담당자","ContactEmail":"a@b.co"}',
    );
  });

  it("say what is missing when the gateway did not configure them", async () => {
    const popbill = {} as PopbillTransport;
    const client = createPointsClient({ popbill, clock: new ManualClock(0) });
    await expect(client.checkID("testkorea")).rejects.toThrow(/anonymous.*linkId/);
  });
});

describe("member data calls", () => {
  it("GetCorpInfo and ListContact are GETs with the member's token", async () => {
    const { client, calls } = fakeClient({}, []);
    await client.getCorpInfo(CORP_NUM, "testkorea");
    await client.listContact(CORP_NUM);
    expect(calls).toEqual([
      {
        host: "api",
        request: {
          corpNum: CORP_NUM,
          scopes: MEMBER,
          userId: "testkorea",
          method: "GET",
          path: "/CorpInfo",
        },
      },
      { host: "api", request: { corpNum: CORP_NUM, scopes: MEMBER, method: "GET", path: "/IDs" } },
    ]);
  });

  it("UpdateCorpInfo posts the lower-case CorpInfo keys", async () => {
    const { client, last } = fakeClient({ code: 1 });
    await client.updateCorpInfo(CORP_NUM, {
      ceoname: "대표",
      corpName: "상호",
      addr: "주소",
      bizType: "업태",
      bizClass: "종목",
    });
    expect(last().request).toMatchObject({ method: "POST", path: "/CorpInfo" });
    expect(body(last().request)).toBe(
      '{"ceoname":"대표","corpName":"상호","addr":"주소","bizType":"업태","bizClass":"종목"}',
    );
  });

  it("RegistContact posts to /IDs/New with the password; UpdateContact to /IDs without it", async () => {
    const { client, calls } = fakeClient({ code: 1 }, { code: 1 });
    const contact = {
      id: "contact01",
      Password: "asdf8536!@#",
      personName: "담당자",
      tel: "02-123-4567",
      email: "a@b.co",
      searchRole: 3,
    };
    await client.registContact(CORP_NUM, contact);
    await client.updateContact(CORP_NUM, contact, "testkorea");
    expect(calls.map((c) => (c.request as { path: string }).path)).toEqual(["/IDs/New", "/IDs"]);
    expect(body(calls[0]!.request)).toBe(
      '{"id":"contact01","Password":"asdf8536!@#","personName":"담당자","tel":"02-123-4567","email":"a@b.co","searchRole":3}',
    );
    expect(body(calls[1]!.request)).not.toContain("Password");
    expect(calls[1]!.request).toMatchObject({ userId: "testkorea" });
  });

  it('GetContactInfo posts {"id": …} to /Contact and may be retried', async () => {
    const { client, last } = fakeClient({ id: "contact01" });
    await client.getContactInfo(CORP_NUM, "contact01");
    expect(last().request).toMatchObject({
      method: "POST",
      path: "/Contact",
      body: '{"id":"contact01"}',
      retry: "idempotent-post",
    });
  });
});

describe("linkhubStringify", () => {
  it("drops every falsy value, 0 and false included (TokenBuilder.js stringify)", () => {
    expect(linkhubStringify({ a: "x", b: "", c: null, d: undefined, e: 0, f: false, g: 3 })).toBe(
      '{"a":"x","g":3}',
    );
  });
});
