import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { CORP_NUM, fakeClient } from "../testing/fake-popbill.js";

const SCOPES = ["member", "182", "183"];

describe("CheckAccountInfo", () => {
  it("posts without a body to /EasyFin/AccountCheck?c=&n= with the account-check scopes", async () => {
    const { client, calls } = fakeClient({ accountName: "홍길동", result: "0000" });
    const reply = await client.checkAccountInfo(CORP_NUM, "0004", "12345678901234", "testkorea");
    expect(reply.accountName).toBe("홍길동");
    expect(calls).toEqual([
      {
        host: "api",
        request: {
          corpNum: CORP_NUM,
          scopes: SCOPES,
          userId: "testkorea",
          method: "POST",
          path: "/EasyFin/AccountCheck?c=0004&n=12345678901234",
        },
      },
    ]);
    expect("body" in calls[0]!.request).toBe(false);
  });

  it("refuses a bank code that is not 4 characters, as the SDK does, without a call", async () => {
    const { client, calls } = fakeClient();
    await expect(client.checkAccountInfo(CORP_NUM, "004", "12345678")).rejects.toBeInstanceOf(
      InputError,
    );
    expect(calls).toEqual([]);
  });
});

describe("CheckDepositorInfo", () => {
  it("posts c, n, t and p in the SDK's order", async () => {
    const { client, last } = fakeClient({ result: "0000" });
    await client.checkDepositorInfo(CORP_NUM, "0088", "110123456789", "P", "900101");
    expect(last().request).toEqual({
      corpNum: CORP_NUM,
      scopes: SCOPES,
      method: "POST",
      path: "/EasyFin/DepositorCheck?c=0088&n=110123456789&t=P&p=900101",
    });
  });

  it("sends B with a business number", async () => {
    const { client, last } = fakeClient({});
    await client.checkDepositorInfo(CORP_NUM, "0088", "110123456789", "B", "1234567890");
    expect(last().request).toMatchObject({
      path: "/EasyFin/DepositorCheck?c=0088&n=110123456789&t=B&p=1234567890",
    });
  });

  it.each([
    ["an identity type other than P/B", "X", "900101"],
    ["an identity number with letters", "P", "90O101"],
  ])("refuses %s without a call", async (_name, type, num) => {
    const { client, calls } = fakeClient();
    await expect(
      client.checkDepositorInfo(CORP_NUM, "0088", "110123456789", type as "P", num),
    ).rejects.toBeInstanceOf(InputError);
    expect(calls).toEqual([]);
  });
});
