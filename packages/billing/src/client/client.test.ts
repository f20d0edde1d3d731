import { describe, expect, it } from "vitest";
import {
  type IamportReply,
  type IamportRequest,
  type IamportTransport,
  UpstreamBusinessError,
  UpstreamConnectionError,
  UpstreamNotFoundError,
} from "@korbill/core-upstream";
import { createIamportClient } from "./client.js";

/** Records requests and answers each with the scripted reply or error. */
function scripted(reply: (r: IamportRequest) => unknown) {
  const calls: IamportRequest[] = [];
  const iamport: IamportTransport = {
    async request<T>(r: IamportRequest): Promise<IamportReply<T>> {
      calls.push(r);
      const out = reply(r);
      if (out instanceof Error) throw out;
      return { response: out as T, partial: false, requestId: "r1" };
    },
  };
  return { calls, client: createIamportClient({ iamport }) };
}

const card = {
  card_number: "4111-1111-1111-1111",
  expiry: "2030-12",
  birth: "900101",
  pwd_2digit: "12",
};

describe("createIamportClient", () => {
  it("issues a billing key with the card and customer in one JSON body", async () => {
    const { calls, client } = scripted(() => ({ customer_uid: "cust_1", inserted: 1, updated: 1 }));
    await client.issueBillingKey("cust_1", card, { customer_name: "홍길동" });
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/subscribe/customers/cust_1",
      body: { ...card, customer_name: "홍길동" },
      retry: "idempotent-post",
    });
  });

  it("asks for a customer's schedules with the hyphenated schedule-status", async () => {
    const { calls, client } = scripted(() => ({ total: 0, previous: 0, next: 0, list: [] }));
    await client.getCustomerSchedules("c@x", { from: 10, to: 20, status: "scheduled", page: 2 });
    expect(calls[0]).toMatchObject({
      method: "GET",
      path: "/subscribe/customers/c%40x/schedules",
      query: { from: 10, to: 20, "schedule-status": "scheduled", page: 2 },
    });
  });

  it("reads a schedule list sent as a bare array as one page", async () => {
    const { client } = scripted(() => [{ merchant_uid: "a" }, { merchant_uid: "b" }]);
    const page = await client.getCustomerSchedules("c", { from: 1, to: 2 });
    expect(page).toMatchObject({ total: 2, previous: 0, next: 0 });
    expect(page.list).toHaveLength(2);
  });

  it("sends unschedule's merchant_uid as an array, and leaves it out for all", async () => {
    const { calls, client } = scripted(() => []);
    await client.unschedule("c", ["m1"]);
    await client.unschedule("c");
    expect(calls.map((c) => c.body)).toEqual([
      { customer_uid: "c", merchant_uid: ["m1"] },
      { customer_uid: "c" },
    ]);
  });

  it("multi-gets billing keys with a bracket array and surfaces a partial answer", async () => {
    const calls: IamportRequest[] = [];
    const client = createIamportClient({
      iamport: {
        async request<T>(r: IamportRequest) {
          calls.push(r);
          return { response: [{ customer_uid: "a" }] as T, partial: true, requestId: "r" };
        },
      },
    });
    const reply = await client.getBillingKeys(["a", "b"]);
    expect(calls[0]?.query).toEqual({ customer_uid: ["a", "b"] });
    expect(reply.partial).toBe(true);
  });

  it("encodes ids in paths", async () => {
    const { calls, client } = scripted(() => ({}));
    await client.getPayment("imp_1/../x");
    await client.findPayment("m 1");
    expect(calls.map((c) => c.path)).toEqual(["/payments/imp_1%2F..%2Fx", "/payments/find/m%201"]);
  });

  it("turns the old 'customer not found' code 1 into a not-found error", async () => {
    const { client } = scripted(
      () =>
        new UpstreamBusinessError({
          upstream: "iamport",
          status: 200,
          code: 1,
          message: "요청하신 customer_uid(c)로 등록된 정보를 찾을 수 없습니다.",
        }),
    );
    await expect(client.getBillingKey("c")).rejects.toBeInstanceOf(UpstreamNotFoundError);
  });

  it("sends a cancel with checksum as a retryable POST", async () => {
    const { calls, client } = scripted(() => ({}));
    await client.cancelPayment({ imp_uid: "imp_1", checksum: 100, reason: "r" });
    expect(calls[0]).toMatchObject({ path: "/payments/cancel", retry: "idempotent-post" });
  });
});

describe("card data in errors", () => {
  const echo = (message: string) =>
    new UpstreamBusinessError({ upstream: "iamport", status: 200, code: -1, message });

  it.each([
    ["a dashed number", "카드 오류 4111-1111-1111-1111"],
    ["bare digits", "card 4111111111111111 refused"],
    ["a JSON echo", '{"card_number":"4111-1111-1111-1111","expiry":"2030-12","pwd_2digit":"12"}'],
    ["a form echo", "card_number=4111-1111-1111-1111&birth=900101&pwd_2digit=12"],
  ])(
    "removes %s from an upstream message and keeps the error's class and code",
    async (_n, msg) => {
      const { client } = scripted(() => echo(msg));
      const error = (await client
        .onetime({ ...card, merchant_uid: "m", amount: 1 })
        .catch((e) => e)) as UpstreamBusinessError;
      expect(error).toBeInstanceOf(UpstreamBusinessError);
      expect(error.code).toBe(-1);
      for (const secret of ["4111", "2030-12", "900101", "pwd_2digit=12", '"pwd_2digit":"12"'])
        expect(error.message).not.toContain(secret);
    },
  );

  it("drops the cause of a network error on a card request", async () => {
    const { client } = scripted(
      () =>
        new UpstreamConnectionError({
          upstream: "iamport",
          message: "socket hang up",
          errno: "ECONNRESET",
          cause: new Error(`body was ${JSON.stringify(card)}`),
        }),
    );
    const error = (await client
      .issueBillingKey("c", card)
      .catch((e) => e)) as UpstreamConnectionError;
    expect(error).toBeInstanceOf(UpstreamConnectionError);
    expect(error.errno).toBe("ECONNRESET");
    expect(error.cause).toBeUndefined();
  });

  it("keeps PG codes such as [F112] intact", async () => {
    const { client } = scripted(() => echo("[F112]유효하지않은 카드번호를 입력하셨습니다."));
    const error = (await client.issueBillingKey("c", card).catch((e) => e)) as Error;
    expect(error.message).toBe("[F112]유효하지않은 카드번호를 입력하셨습니다.");
  });
});
