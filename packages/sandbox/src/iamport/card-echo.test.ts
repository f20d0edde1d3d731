import { describe, expect, it } from "vitest";
import { ISSUE_BODY, OTHER_CARD, useIamport, VECTOR_NOW } from "./iamport.test-helpers.js";

const UID = "cust_1001_3456";

describe("card refusals and echoed card data (test controls)", () => {
  const start = useIamport();

  it("refuses the next well-formed card once, quoting its fields when asked", async () => {
    const { api, at, state } = await start();
    at(VECTOR_NOW + 60);
    state.cardRefusals.add({ reason: "[F113]거래거절 분실카드", echoCard: true });
    const refused = await api.post(`/subscribe/customers/${UID}`, ISSUE_BODY);
    expect(refused).toMatchObject({ status: 200, code: -1, response: null });
    expect(refused.message).toMatch(/^카드정보 인증 및 빌키 발급에 실패하였습니다\. \[F113\]/);
    expect(refused.message).toContain(`"card_number":"${ISSUE_BODY.card_number}"`);
    expect(refused.message).toContain("1234 5678 9012 3456");
    expect(refused.message).toContain(`비밀번호 앞 2자리 ${ISSUE_BODY.pwd_2digit}`);
    expect((await api.post(`/subscribe/customers/${UID}`, ISSUE_BODY)).code).toBe(0);
  });

  it("quotes a key-in charge's card in a decline only when the outcome says so", async () => {
    const { api, state } = await start();
    state.outcomes.set("*", [
      { kind: "decline", reason: "한도초과", echoCard: true },
      { kind: "decline", reason: "한도초과" },
    ]);
    const body = { merchant_uid: "m1", amount: 1000, card_number: OTHER_CARD, expiry: "2099-12" };
    const echoed = await api.post("/subscribe/payments/onetime", body);
    expect(echoed.response.fail_reason).toMatch(/^한도초과 \(요청 /);
    expect(echoed.response.fail_reason).toContain("4111 1111 1111 1111");
    expect(echoed.response.fail_reason).toContain("12/99 (209912)");
    const plain = await api.post("/subscribe/payments/onetime", { ...body, merchant_uid: "m2" });
    expect(plain.response.fail_reason).toBe("한도초과");
  });
});
