import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoBulk, waitUntil } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
const CORP = "1234567890";

describe("points and member operations end to end", () => {
  let t: TestGateway;
  const gql = async <T = Record<string, any>>(
    q: string,
    v: Record<string, unknown> = {},
    key: string = DEMO_KEYS.member,
  ) => (await t.gql<T>(q, v, key)).body;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t?.close());

  it("answers every read operation for the key's member", async () => {
    const r = await gql(`{ points {
      balance refundableBalance
      cashbill: unitCost(service: CASHBILL) nameCheck: unitCost(service: ACCOUNT_CHECK_NAME) realNameCheck: unitCost(service: ACCOUNT_CHECK_REAL_NAME)
      c1: chargeInfo(service: CASHBILL) { unitCost chargeMethod rateSystem }
      c2: chargeInfo(service: HOMETAX_CASHBILL) { chargeMethod }
      c3: chargeInfo(service: HOMETAX_TAXINVOICE) { chargeMethod }
      c4: chargeInfo(service: ACCOUNT_CHECK_REAL_NAME) { unitCost }
      chargeUrl { url expiresAt } paymentUrl { url expiresAt } useHistoryUrl { url expiresAt }
      paymentHistory(from: "${today()}", to: "${today()}") { total page perPage }
      useHistory(from: "${today()}", to: "${today()}", order: DESC) { total }
      refundHistory { total }
    } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const p = r.data!.points;
    expect(p.balance).toBe(100_000);
    expect(p.cashbill).toBe(11);
    expect(p.nameCheck).not.toBe(p.realNameCheck);
    for (const u of [p.chargeUrl, p.paymentUrl, p.useHistoryUrl]) {
      expect(u.url).toMatch(/^http/);
      expect(Date.parse(u.expiresAt) - Date.now()).toBeLessThanOrEqual(31_000);
    }
    expect(p.paymentHistory).toMatchObject({ page: 1, perPage: 500 });
  });

  it("refuses bad dates and page sizes before any upstream call", async () => {
    sandbox().requests.clear();
    const bad = [
      `{ points { paymentHistory(from: "2026-02-30", to: "2026-03-01") { total } } }`,
      `{ points { paymentHistory(from: "2026-03-02", to: "2026-03-01") { total } } }`,
      `{ points { useHistory(from: "20260301", to: "2026-03-02") { total } } }`,
      `{ points { useHistory(from: "2026-03-01", to: "2026-03-02", perPage: 0) { total } } }`,
      `{ points { useHistory(from: "2026-03-01", to: "2026-03-02", perPage: 1001) { total } } }`,
      `{ points { refundHistory(page: 0) { total } } }`,
      `{ points { payment(settleCode: "") { settleStatus } } }`,
      `{ points { refund(refundCode: "bad code!") { status } } }`,
    ];
    for (const q of bad) expect(code(await gql(q)), q).toBe("BAD_USER_INPUT");
    expect(sandbox().requests.count({ host: "popbill" })).toBe(0);
  });

  it("answers unknown settle and refund codes with the upstream's not-found", async () => {
    for (const q of [
      '{ points { payment(settleCode: "000000000000000000") { settleStatus } } }',
      '{ points { refund(refundCode: "000000000000000000") { status } } }',
    ]) {
      const r = await gql(q);
      expect(code(r)).toBe("UPSTREAM_ERROR");
      expect(r.errors?.[0]?.extensions?.upstreamCode).toBeLessThan(0);
    }
  });

  it("keeps partner operations to partner keys", async () => {
    expect(code(await gql("{ partnerBalance }"))).toBe("FORBIDDEN");
    expect(code(await gql("{ partnerChargeUrl { url } }"))).toBe("FORBIDDEN");
    const p = await gql<{ partnerBalance: number; partnerChargeUrl: { url: string } }>(
      "{ partnerBalance partnerChargeUrl { url expiresAt } }",
      {},
      DEMO_KEYS.partner,
    );
    expect(p.errors).toBeUndefined();
    expect(p.data!.partnerBalance).toBeGreaterThan(0);
  });

  it("checks account holders (성명 and 실명), spending points, with inputs validated first", async () => {
    const name = await gql(
      'mutation { checkAccountHolder(input: { bankCode: "0004", accountNumber: "1234567890123" }) { outcome accountHolder } }',
    );
    expect(name.errors).toBeUndefined();
    expect(name.data!.checkAccountHolder).toMatchObject({
      outcome: "SUCCESS",
      accountHolder: "홍길동",
    });
    const real = await gql(
      'mutation { verifyAccountHolder(input: { bankCode: "0004", accountNumber: "1234567890123", identityType: PERSON, identityNum: "900101" }) { outcome accountHolder } }',
    );
    expect(real.errors, JSON.stringify(real.errors)).toBeUndefined();
    sandbox().requests.clear();
    expect(
      code(
        await gql(
          'mutation { checkAccountHolder(input: { bankCode: "04", accountNumber: "1234567890123" }) { outcome } }',
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      code(
        await gql(
          'mutation { verifyAccountHolder(input: { bankCode: "0004", accountNumber: "1234567890123", identityType: PERSON, identityNum: "90010" }) { outcome } }',
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(sandbox().requests.count({ host: "popbill" })).toBe(0);
  });

  it("onboards a member through a partner key and refuses it for member keys", async () => {
    const check = await gql<{ popbillMember: { isMember: boolean } }>(
      '{ popbillMember(corpNum: "2208112345") { isMember } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(check.errors, JSON.stringify(check.errors)).toBeUndefined();
    expect(check.data!.popbillMember.isMember).toBe(false);
    const known = await gql<{ popbillMember: { isMember: boolean } }>(
      '{ popbillMember(corpNum: "6798700433") { isMember } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(known.data!.popbillMember.isMember).toBe(true);
    expect(code(await gql('{ popbillMember(corpNum: "2208112345") { isMember } }'))).toBe(
      "FORBIDDEN",
    );
    const id = await gql<{ popbillIdAvailability: { available: boolean } }>(
      '{ popbillIdAvailability(id: "newshop01") { available } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(id.errors).toBeUndefined();
    expect(id.data!.popbillIdAvailability.available).toBe(true);
  });

  it("joins a new member, then reads and updates its company info and contacts (partner key)", async () => {
    const join = await gql<{ joinPopbillMember: { success: boolean } }>(
      `mutation($i: JoinPopbillMemberInput!) { joinPopbillMember(input: $i) { success code message } }`,
      {
        i: {
          corpNum: "2208112345",
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
      DEMO_KEYS.partner,
    );
    expect(join.errors, JSON.stringify(join.errors)).toBeUndefined();
    expect(join.data!.joinPopbillMember.success).toBe(true);
    expect(t.logs.join("\n")).not.toContain("Passw0rd!x");
    expect(JSON.stringify(sandbox().state.member("2208112345"))).not.toContain("Passw0rd!x");
    const again = await gql(
      '{ popbillMember(corpNum: "2208112345") { isMember } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(again.data!.popbillMember.isMember).toBe(true);
    const taken = await gql(
      '{ popbillIdAvailability(id: "newshop01") { available } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(taken.data!.popbillIdAvailability.available).toBe(false);

    const info = await gql(
      '{ memberCorpInfo(corpNum: "2208112345") { corpName ceoName bizType } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(info.errors, JSON.stringify(info.errors)).toBeUndefined();
    expect(info.data!.memberCorpInfo).toMatchObject({ corpName: "새가게", ceoName: "박대표" });
    const upd = await gql(
      'mutation { updateMemberCorpInfo(corpNum: "2208112345", input: { corpName: "새가게2", ceoName: "박대표", address: "서울", bizType: "소매업", bizClass: "전자상거래" }) { success } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(upd.errors, JSON.stringify(upd.errors)).toBeUndefined();
    expect(
      (await gql('{ memberCorpInfo(corpNum: "2208112345") { corpName } }', {}, DEMO_KEYS.partner))
        .data!.memberCorpInfo.corpName,
    ).toBe("새가게2");

    const reg = await gql(
      'mutation { registerMemberContact(corpNum: "2208112345", input: { id: "newshop02", password: "Passw0rd!y", name: "최직원", email: "staff@newshop.example", phone: "01077778888", role: READ }) { success } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
    const contacts = await gql<{ memberContacts: { id: string }[] }>(
      '{ memberContacts(corpNum: "2208112345") { id name role } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(contacts.data!.memberContacts.map((c) => c.id).sort()).toEqual([
      "newshop01",
      "newshop02",
    ]);
    expect(code(await gql("{ memberCorpInfo { corpName } }"))).toBe("FORBIDDEN");
  });

  it("reports a fall below the member's threshold as LOW_BALANCE on pointsEvents", async () => {
    const got: { type: string; balance: number; threshold: number | null }[] = [];
    const live = t.liveStarted();
    const dispose = t
      .ws(DEMO_KEYS.member)
      .subscribe<{ pointsEvents: { type: string; balance: number; threshold: number | null } }>(
        { query: "subscription { pointsEvents { cursor type balance threshold } }" },
        {
          next: (v) => v.data && got.push(v.data.pointsEvents),
          error: () => undefined,
          complete: () => undefined,
        },
      );
    await live;
    const balance = (await gql("{ points { balance } }")).data!.points.balance as number;
    const set = await gql(
      `mutation { setLowBalanceThreshold(threshold: ${balance + 1}) { lowBalanceThreshold } }`,
    );
    expect(set.errors).toBeUndefined();
    await waitUntil(
      () => got.some((e) => e.type === "LOW_BALANCE"),
      10_000,
      () => JSON.stringify(got),
    );
    expect(got.find((e) => e.type === "LOW_BALANCE")).toMatchObject({
      balance,
      threshold: balance + 1,
    });
    dispose();
    await gql("mutation { setLowBalanceThreshold(threshold: 0) { lowBalanceThreshold } }");
  });

  it("scenario: top up by deposit, issue 100 receipts, balance and use history move exactly, then refund part", async () => {
    // The sandbox's demo member starts with 90,000 charged + 10,000 bonus points.
    const req = await gql<{ requestPointsPayment: { settleCode: string } }>(
      'mutation { requestPointsPayment(input: { settlerName: "김데모", settlerEmail: "demo@example.com", notifyPhone: "01012345678", depositorName: "데모상사", settleCost: 110000 }) { settleCode message } }',
    );
    expect(req.errors, JSON.stringify(req.errors)).toBeUndefined();
    const settleCode = req.data!.requestPointsPayment.settleCode;
    const beforeDeposit = (await gql("{ points { balance } }")).data!.points.balance as number;
    const pending = await gql(
      `{ points { payment(settleCode: "${settleCode}") { settleStatus settleCost } } }`,
    );
    expect(pending.data!.points.payment).toMatchObject({
      settleStatus: "PENDING",
      settleCost: 110000,
    });
    sandbox().points.confirmDeposit(CORP, settleCode);
    const paid = await gql(
      `{ points { balance payment(settleCode: "${settleCode}") { settleStatus } } }`,
    );
    expect(paid.data!.points.payment.settleStatus).toBe("COMPLETED");
    const before = paid.data!.points.balance as number;
    // 110,000 KRW including VAT buys 100,000 points.
    expect(before).toBe(beforeDeposit + 100_000);
    const unitCost = (await gql("{ points { unitCost(service: CASHBILL) } }")).data!.points
      .unitCost as number;

    const usesBefore = sandbox()
      .points.useHistory(CORP)
      .filter((u) => u.itemCode === 140).length;
    const r = await t.gql(
      BULK_MUTATION,
      { submitId: "PT-1", cashbills: demoBulk("PT", 100) },
      DEMO_KEYS.member,
    );
    expect(r.body.errors).toBeUndefined();
    await waitUntil(
      () =>
        sandbox()
          .points.useHistory(CORP)
          .filter((u) => u.itemCode === 140).length ===
        usesBefore + 100,
      30_000,
      () => "use history",
    );
    const after = (await gql("{ points { balance } }")).data!.points.balance as number;
    expect(before - after).toBe(100 * unitCost);
    const uses = await gql(
      `{ points { useHistory(from: "${today()}", to: "${today()}", perPage: 1000) { total list { itemCode points } } } }`,
    );
    expect(uses.errors).toBeUndefined();
    expect(
      uses.data!.points.useHistory.list.filter((u: { itemCode: number }) => u.itemCode === 140),
    ).toHaveLength(100);

    const refundable = (await gql("{ points { refundableBalance } }")).data!.points
      .refundableBalance as number;
    const refund = await gql<{ requestPointsRefund: { refundCode: string } }>(
      'mutation { requestPointsRefund(input: { contactName: "김데모", contactPhone: "01012345678", requestPoint: 5000, bankName: "국민", accountNumber: "1234567890123", accountHolder: "데모상사", reason: "사용 종료" }) { refundCode } }',
    );
    expect(refund.errors, JSON.stringify(refund.errors)).toBeUndefined();
    const refundCode = refund.data!.requestPointsRefund.refundCode;
    const afterRefund = await gql(
      `{ points { refundableBalance balance refund(refundCode: "${refundCode}") { requestPoint status } refundHistory { total } } }`,
    );
    expect(afterRefund.errors).toBeUndefined();
    expect(afterRefund.data!.points.refundableBalance).toBe(refundable - 5000);
    expect(afterRefund.data!.points.balance).toBe(after - 5000);
    expect(afterRefund.data!.points.refund.requestPoint).toBe(5000);
    expect(afterRefund.data!.points.refundHistory.total).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it("refuses a bulk the points cannot cover with INSUFFICIENT_POINTS and sends nothing", async () => {
    sandbox().points.setBalance("6798700433", { chargePoint: 500, bonusPoint: 0 });
    sandbox().requests.clear();
    const r = await t.gql(
      BULK_MUTATION,
      { submitId: "PT-POOR", cashbills: demoBulk("POOR", 100).map((c) => ({ ...c })) },
      DEMO_KEYS.member2,
    );
    expect(r.body.errors?.[0]?.extensions?.code).toBe("INSUFFICIENT_POINTS");
    expect(sandbox().requests.count({ host: "popbill", override: "BULKISSUE" })).toBe(0);
  });
});
