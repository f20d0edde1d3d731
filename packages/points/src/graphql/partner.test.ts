import { describe, expect, it } from "vitest";
import { CORP_NUM } from "../testing/fake-popbill.js";
import { firstCode, run } from "../testing/schema.js";

describe("partner-only operations", () => {
  it.each([
    ["partnerBalance", "{ partnerBalance }"],
    ["partnerChargeUrl", "{ partnerChargeUrl { url expiresAt } }"],
    ["popbillMember", '{ popbillMember(corpNum: "1234567890") { isMember } }'],
    ["popbillIdAvailability", '{ popbillIdAvailability(id: "korbill01") { available } }'],
    ["memberCorpInfo", "{ memberCorpInfo { corpName } }"],
    ["memberContacts", "{ memberContacts { id } }"],
  ])("refuse %s to a member key with FORBIDDEN, before any upstream call", async (_name, query) => {
    const { result, calls } = await run("member", query, [{ remainPoint: 1 }]);
    expect(firstCode(result)).toBe("FORBIDDEN");
    expect(result.data).toBeNull();
    expect(calls).toEqual([]);
  });

  it("give a partner key its balance as POPBiLL's float", async () => {
    const { result, calls } = await run("partner", `{ partnerBalance(corpNum: "${CORP_NUM}") }`, [
      { remainPoint: "98765.4" },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ partnerBalance: 98765.4 });
    expect(calls).toEqual([
      {
        host: "auth",
        request: { corpNum: CORP_NUM, scopes: ["member", "140"], path: "/PartnerPoint" },
      },
    ]);
  });

  it("give a partner key the CHRG URL with its expiry", async () => {
    const { result, calls } = await run(
      "partner",
      `{ partnerChargeUrl(corpNum: "${CORP_NUM}") { url expiresAt } }`,
      [{ url: "https://auth.test/partner" }],
    );
    expect(result.data).toEqual({
      partnerChargeUrl: {
        url: "https://auth.test/partner",
        expiresAt: "2026-11-23T10:02:33+09:00",
      },
    });
    expect(calls[0]).toMatchObject({ host: "auth", request: { path: "/URL?TG=CHRG" } });
  });

  it("ask a partner key without a default member to name one", async () => {
    const { result, calls } = await run("partner", "{ partnerBalance }");
    expect(firstCode(result)).toBe("BAD_USER_INPUT");
    expect(calls).toEqual([]);
  });
});

describe("member onboarding for partner keys", () => {
  const join = (password: string) => ({
    input: {
      corpNum: "123-45-67890",
      ceoName: "대표",
      corpName: "코빌",
      address: "서울",
      bizType: "서비스",
      bizClass: "소프트웨어",
      id: "korbill_01",
      password,
      contactName: "담당자",
      contactEmail: "ops@example.com",
      contactPhone: "02-123-4567",
    },
  });
  const JOIN = `mutation($input: JoinPopbillMemberInput!) {
    joinPopbillMember(input: $input) { success code message }
  }`;

  it("signs a member up without a token and reports POPBiLL's answer", async () => {
    const { result, calls } = await run(
      "partner",
      JOIN,
      [{ code: 1, message: "가입 완료" }],
      join("s3cret!Pass"),
    );
    expect(result.data).toEqual({
      joinPopbillMember: { success: true, code: 1, message: "가입 완료" },
    });
    expect(calls[0]).toMatchObject({
      host: "anonymous",
      request: { method: "POST", path: "/Join" },
    });
    expect((calls[0]!.request as { body: string }).body).toContain('"CorpNum":"1234567890"');
  });

  it("refuses a weak password without echoing it and without a call", async () => {
    const { result, calls } = await run("partner", JOIN, [], join("weakpass1"));
    expect(firstCode(result)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors)).not.toContain("weakpass1");
    expect(
      JSON.stringify((result.errors?.[0]?.originalError as { details?: unknown }).details),
    ).not.toContain("weakpass1");
    expect(calls).toEqual([]);
  });

  it("checks membership and id availability", async () => {
    const { result } = await run(
      "partner",
      '{ popbillMember(corpNum: "123-45-67890") { corpNum isMember code } popbillIdAvailability(id: "korbill_01") { id available } }',
      [{ code: 1 }, { code: 0 }],
    );
    expect(result.data).toEqual({
      popbillMember: { corpNum: "1234567890", isMember: true, code: 1 },
      popbillIdAvailability: { id: "korbill_01", available: true },
    });
  });

  it("lists contacts with roles, unknown roles kept raw", async () => {
    const { result } = await run(
      "partner",
      `{ memberContacts(corpNum: "${CORP_NUM}") { id role searchRole admin } }`,
      [
        [
          { id: "a_admin1", searchRole: 3, mgrYN: true },
          { id: "b_user01", searchRole: 9, mgrYN: false },
        ],
      ],
    );
    expect(result.data).toEqual({
      memberContacts: [
        { id: "a_admin1", role: "COMPANY", searchRole: 3, admin: true },
        { id: "b_user01", role: "UNKNOWN", searchRole: 9, admin: false },
      ],
    });
  });
});
