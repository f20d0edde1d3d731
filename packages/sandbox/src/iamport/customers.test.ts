import { describe, expect, it } from "vitest";
import { ISSUE_BODY, OTHER_CARD, useIamport, VECTOR_NOW } from "./iamport.test-helpers.js";

const UID = "cust_1001_3456";
const PATH = `/subscribe/customers/${UID}`;

/** The §8.2 response. */
const ISSUED = {
  customer_uid: UID,
  pg_provider: "nice",
  pg_id: "nictest04m",
  sandbox: true,
  customer_id: null,
  card_name: "신한카드",
  card_code: "366",
  card_issuer_code: null,
  card_issuer_name: null,
  card_publisher_code: null,
  card_publisher_name: null,
  card_number: "123456******3456",
  card_type: 0,
  customer_name: "홍길동",
  customer_tel: "010-1234-5678",
  customer_email: "gildong@example.com",
  customer_addr: "서울특별시 강남구 테헤란로 1",
  customer_postcode: "06236",
  inserted: 1_735_689_660,
  updated: 1_735_689_660,
};

const BAD_CARD =
  "카드정보 인증 및 빌키 발급에 실패하였습니다. [F112]유효하지않은 카드번호를 입력하셨습니다. (card_bin 없음)";

describe("POST /subscribe/customers/{customer_uid}", () => {
  const start = useIamport();

  it("issues the §8.2 billing key exactly", async () => {
    const { api, at } = await start();
    at(VECTOR_NOW + 60);
    const reply = await api.post(PATH, ISSUE_BODY);
    expect(reply.status).toBe(200);
    expect(reply).toEqual(expect.objectContaining({ code: 0, message: null, response: ISSUED }));
  });

  it("replaces the key keeping inserted and bumping updated", async () => {
    const { api, at, state } = await start();
    at(VECTOR_NOW + 60);
    await api.post(PATH, ISSUE_BODY);
    at(1_735_776_000);
    await api.login();
    const reply = await api.post(PATH, { card_number: OTHER_CARD, expiry: "2029-01" });
    expect(reply.response).toMatchObject({
      inserted: 1_735_689_660,
      updated: 1_735_776_000,
      card_number: "411111******1111",
      customer_name: "홍길동",
    });
    expect(reply.response.card_code).toMatch(/^\d{3}$/);
    expect(state.customers()).toHaveLength(1);
  });

  it("keeps only the masked card number in state", async () => {
    const { api, state } = await start();
    await api.post(PATH, ISSUE_BODY);
    const stored = JSON.stringify(state.customers());
    expect(stored).toContain("123456******3456");
    for (const secret of ["1234-5678-9012-3456", "1234567890123456", "2028-12", "900101"])
      expect(stored).not.toContain(secret);
  });

  it("refuses a card number failing the Luhn check with the §8.2 message", async () => {
    const { api, state } = await start();
    const reply = await api.post(PATH, { ...ISSUE_BODY, card_number: "4111-1111-1111-1112" });
    expect(reply.status).toBe(200);
    expect(reply).toMatchObject({ code: -1, message: BAD_CARD, response: null });
    expect(state.customers()).toEqual([]);
  });

  it("refuses a malformed card number the same way", async () => {
    const { api } = await start();
    for (const card_number of ["4111-1111-1111", "4111 1111 1111 1111", "abcd-efgh-ijkl-mnop"]) {
      expect(await api.post(PATH, { ...ISSUE_BODY, card_number })).toMatchObject({
        code: -1,
        message: BAD_CARD,
      });
    }
  });

  it("accepts 16 digits without dashes", async () => {
    const { api } = await start();
    const reply = await api.post(PATH, { ...ISSUE_BODY, card_number: "4111111111111111" });
    expect(reply.response.card_number).toBe("411111******1111");
  });

  it("refuses an expired card", async () => {
    const { api } = await start();
    const reply = await api.post(PATH, { ...ISSUE_BODY, expiry: "2024-12" });
    expect(reply).toMatchObject({ status: 200, code: -1, response: null });
    expect(reply.message).toContain("유효기간 오류");
    expect((await api.post(PATH, { ...ISSUE_BODY, expiry: "2025-01" })).code).toBe(0);
  });

  it("refuses a malformed birth or pwd_2digit", async () => {
    const { api } = await start();
    expect((await api.post(PATH, { ...ISSUE_BODY, birth: "9001" })).code).toBe(-1);
    expect((await api.post(PATH, { ...ISSUE_BODY, pwd_2digit: "123" })).code).toBe(-1);
    expect((await api.post(PATH, { ...ISSUE_BODY, birth: "1234567890" })).code).toBe(0);
  });

  it("answers 400 when card_number or expiry is missing", async () => {
    const { api } = await start();
    const reply = await api.post(PATH, { birth: "900101" });
    expect(reply.status).toBe(400);
    expect(reply.message).toBe("card_number, expiry 파라메터가 누락되었습니다.");
  });

  it("accepts a form-encoded body", async () => {
    const { api } = await start();
    const form = new URLSearchParams(ISSUE_BODY).toString();
    const reply = await api.post(PATH, undefined, { form });
    expect(reply.response).toMatchObject({
      card_number: "123456******3456",
      customer_name: "홍길동",
    });
  });
});

describe("reading and deleting billing keys", () => {
  const start = useIamport();

  it("answers an unknown uid with 404 and code 1", async () => {
    const { api } = await start();
    const reply = await api.get("/subscribe/customers/ghost");
    expect(reply.status).toBe(404);
    expect(reply).toMatchObject({
      code: 1,
      message: "요청하신 customer_uid(ghost)로 등록된 정보를 찾을 수 없습니다.",
      response: null,
    });
  });

  it("reads several keys with 200, 207 and 404", async () => {
    const { api } = await start();
    await api.post("/subscribe/customers/a", ISSUE_BODY);
    await api.post("/subscribe/customers/b", ISSUE_BODY);
    const all = await api.get("/subscribe/customers?customer_uid[]=a&customer_uid[]=b");
    expect(all.status).toBe(200);
    expect(all.response.map((c: { customer_uid: string }) => c.customer_uid)).toEqual(["a", "b"]);
    const some = await api.get("/subscribe/customers?customer_uid%5B%5D=a&customer_uid%5B%5D=x");
    expect(some.status).toBe(207);
    expect(some.response).toHaveLength(1);
    expect((await api.get("/subscribe/customers?customer_uid[]=x")).status).toBe(404);
  });

  it("deletes a key, returns it, and refuses charges afterwards", async () => {
    const { api } = await start();
    await api.post(PATH, ISSUE_BODY);
    const deleted = await api.call("DELETE", PATH);
    expect(deleted.response).toMatchObject({ customer_uid: UID, card_number: "123456******3456" });
    expect((await api.get(PATH)).status).toBe(404);
    const again = await api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "m1",
      amount: 1000,
    });
    expect(again).toMatchObject({ code: 1, message: "등록되지 않은 구매자입니다." });
    expect((await api.call("DELETE", PATH)).status).toBe(404);
  });

  it("pages the payments of a key, 20 per page, newest first", async () => {
    const { api, at } = await start();
    await api.post(PATH, ISSUE_BODY);
    for (let index = 0; index < 25; index++) {
      at(VECTOR_NOW + 100 + index);
      await api.post("/subscribe/payments/again", {
        customer_uid: UID,
        merchant_uid: `m${index}`,
        amount: 1000,
      });
    }
    const first = await api.get(`${PATH}/payments`);
    expect(first.response).toMatchObject({ total: 25, previous: 0, next: 2 });
    expect(first.response.list).toHaveLength(20);
    expect(first.response.list[0].merchant_uid).toBe("m24");
    const second = await api.get(`${PATH}/payments?page=2`);
    expect(second.response).toMatchObject({ total: 25, previous: 1, next: 0 });
    expect(second.response.list.map((p: { merchant_uid: string }) => p.merchant_uid)).toEqual([
      "m4",
      "m3",
      "m2",
      "m1",
      "m0",
    ]);
  });
});
