import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const CORP = "2208112345";

describe("member account: contact details, deletion, POPBiLL URLs and leaving POPBiLL", () => {
  let t: TestGateway;
  const gql = async <T = Record<string, any>>(
    q: string,
    v: Record<string, unknown> = {},
    key: string = DEMO_KEYS.partner,
  ) => (await t.gql<T>(q, v, key)).body;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    r.errors?.[0]?.extensions ?? {};

  beforeAll(async () => {
    t = await startTestGateway();
    const join = await gql(
      `mutation($i: JoinPopbillMemberInput!) { joinPopbillMember(input: $i) { success } }`,
      {
        i: {
          corpNum: CORP,
          corpName: "새가게",
          ceoName: "박대표",
          address: "서울특별시 중구 세종대로 110",
          bizType: "소매업",
          bizClass: "전자상거래",
          id: "newshop01",
          password: "Passw0rd!x",
          contactName: "박담당",
          contactEmail: "ops@newshop.example",
          contactPhone: "01055556666",
        },
      },
    );
    expect(join.errors, JSON.stringify(join.errors)).toBeUndefined();
    const reg = await gql(
      `mutation { registerMemberContact(corpNum: "${CORP}", input: { id: "newshop02", password: "Passw0rd!y", name: "최직원", email: "staff@newshop.example", phone: "01077778888", role: READ }) { success } }`,
    );
    expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
  });
  afterAll(() => t?.close());

  it("reads one contact's details (GetContactInfo)", async () => {
    const r = await gql(
      `{ memberContact(corpNum: "${CORP}", id: "newshop02") { id name email role admin } }`,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.memberContact).toMatchObject({
      id: "newshop02",
      name: "최직원",
      email: "staff@newshop.example",
      role: "READ",
      admin: false,
    });
    const unknown = await gql(`{ memberContact(corpNum: "${CORP}", id: "nobody01") { id } }`);
    expect(errorOf(unknown)).toMatchObject({ code: "UPSTREAM_ERROR", upstreamCode: -10000008 });
  });

  it("refuses bad input and member keys before any upstream call", async () => {
    sandbox().requests.clear();
    const bad = [
      `mutation { deleteMemberContact(corpNum: "${CORP}", id: "") { success } }`,
      `mutation { deleteMemberContact(corpNum: "12345", id: "newshop02") { success } }`,
      `mutation { quitPopbillMember(corpNum: "${CORP}", reason: "  ") { success } }`,
      `mutation { quitPopbillMember(corpNum: "${CORP}", reason: "${"x".repeat(201)}") { success } }`,
    ];
    for (const q of bad) expect(errorOf(await gql(q)).code, q).toBe("BAD_USER_INPUT");
    const asMember = [
      `mutation { deleteMemberContact(corpNum: "1234567890", id: "testkorea") { success } }`,
      `mutation { quitPopbillMember(corpNum: "1234567890", reason: "test") { success } }`,
    ];
    for (const q of asMember)
      expect(errorOf(await gql(q, {}, DEMO_KEYS.member)).code, q).toBe("FORBIDDEN");
    expect(sandbox().requests.count({ host: "popbill" })).toBe(0);
    expect(sandbox().state.member(CORP)?.users.length).toBe(2);
  });

  it("opens the member's POPBiLL login and menu pages (GetAccessURL, GetPopbillURL)", async () => {
    const r = await gql(
      `{ points(corpNum: "${CORP}") { accessUrl { url expiresAt } popbillUrl(page: USEHISTORY) { url expiresAt } } }`,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { accessUrl, popbillUrl } = r.data!.points;
    for (const u of [accessUrl, popbillUrl]) {
      expect(Date.parse(u.expiresAt) - Date.now()).toBeLessThanOrEqual(31_000);
      expect(Date.parse(u.expiresAt) - Date.now()).toBeGreaterThan(0);
    }
    const login = await fetch(accessUrl.url);
    expect(login.status).toBe(200);
    const page = await login.text();
    expect(page).toContain("팝빌 로그인");
    expect(page).toContain(CORP);
    expect(await (await fetch(popbillUrl.url)).text()).toContain("포인트 사용내역");
    const member = await gql("{ points { accessUrl { url } } }", {}, DEMO_KEYS.member);
    expect(member.errors, JSON.stringify(member.errors)).toBeUndefined();
  });

  it("deletes a contact once; the administrator cannot be deleted", async () => {
    const del = await gql(
      `mutation { deleteMemberContact(corpNum: "${CORP}", id: "newshop02") { success code message } }`,
    );
    expect(del.errors, JSON.stringify(del.errors)).toBeUndefined();
    expect(del.data!.deleteMemberContact).toMatchObject({ success: true, code: 1 });
    const ids = await gql<{ memberContacts: { id: string }[] }>(
      `{ memberContacts(corpNum: "${CORP}") { id } }`,
    );
    expect(ids.data!.memberContacts.map((c) => c.id)).toEqual(["newshop01"]);
    const req = sandbox().requests.last({ path: "/Contact/Delete" });
    expect(req).toMatchObject({ method: "POST", query: "ContactID=newshop02", bodySize: 0 });
    const again = await gql(
      `mutation { deleteMemberContact(corpNum: "${CORP}", id: "newshop02") { success } }`,
    );
    expect(errorOf(again)).toMatchObject({ code: "UPSTREAM_ERROR", upstreamCode: -10000008 });
    const admin = await gql(
      `mutation { deleteMemberContact(corpNum: "${CORP}", id: "newshop01") { success } }`,
    );
    expect(errorOf(admin)).toMatchObject({ code: "UPSTREAM_ERROR", upstreamCode: -10001004 });
  });

  it("takes a member out of POPBiLL (QuitMember); its calls then fail", async () => {
    const quit = await gql(
      `mutation { quitPopbillMember(corpNum: "${CORP}", reason: "폐업") { success code } }`,
    );
    expect(quit.errors, JSON.stringify(quit.errors)).toBeUndefined();
    expect(quit.data!.quitPopbillMember).toMatchObject({ success: true, code: 1 });
    expect(sandbox().state.member(CORP)).toBeUndefined();
    const check = await gql(`{ popbillMember(corpNum: "${CORP}") { isMember } }`);
    expect(check.data!.popbillMember.isMember).toBe(false);
  });
});
