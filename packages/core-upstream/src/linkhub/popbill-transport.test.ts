import { describe, expect, it } from "vitest";
import { UpstreamNotFoundError, UpstreamServerError } from "../errors/upstream-error.js";
import { jsonReply } from "../testing/fake-fetch.js";
import { CASHBILL_TOKEN as CASHBILL, popbillSetup as setup } from "../testing/linkhub-fakes.js";
import { bulkMessageDigest, stringifyPopbillBody } from "./popbill-body.js";

describe("createPopbillTransport request", () => {
  it("sends a BULKISSUE like popbill.md §5.2", async () => {
    const { popbill, calls } = setup(jsonReply(200, { code: 1, message: "접수" }));
    const body = stringifyPopbillBody({ cashbills: [{ mgtKey: "SUB-001-1", smssendYN: false }] });
    const extraHeaders = {
      "x-pb-message-digest": bulkMessageDigest(body),
      "x-pb-submit-id": "SUB-001",
    };
    await popbill.request({
      ...CASHBILL,
      userId: "testkorea",
      method: "POST",
      path: "/Cashbill",
      override: "BULKISSUE",
      body,
      extraHeaders,
      retry: "idempotent-post",
    });
    expect(calls[1]?.url).toBe("https://popbill-test.linkhub.co.kr/Cashbill");
    expect(calls[1]?.body).toBe(body);
    expect(calls[1]?.headers).toMatchObject({
      authorization: "Bearer FAKE-SESSION-TOKEN",
      "x-pb-userid": "testkorea",
      "x-pb-message-digest": bulkMessageDigest(body),
      "x-pb-submit-id": "SUB-001",
      "x-http-method-override": "BULKISSUE",
      "content-type": "application/json;charset=utf-8",
      "user-agent": "korbill-test",
    });
  });

  it("reuses the token for the next call, as §5.2's sequence shows", async () => {
    const { popbill, calls } = setup(jsonReply(200, {}), jsonReply(200, { txState: 0 }));
    await popbill.request({
      ...CASHBILL,
      method: "POST",
      path: "/Cashbill",
      override: "ISSUE",
      body: {},
    });
    await popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/BULK/SUB-001/State" });
    expect(calls.map((c) => c.url)).toEqual([
      "https://auth.linkhub.co.kr/POPBILL_TEST/Token",
      "https://popbill-test.linkhub.co.kr/Cashbill",
      "https://popbill-test.linkhub.co.kr/Cashbill/BULK/SUB-001/State",
    ]);
  });

  it("returns the parsed JSON body", async () => {
    const { popbill } = setup(jsonReply(200, { txState: 2 }));
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/BULK/SUB-001/State" }),
    ).resolves.toEqual({ txState: 2 });
  });

  it("serialises an object body like the Node SDK", async () => {
    const { popbill, calls } = setup(jsonReply(200, {}));
    const body = { mgtKey: "MK-3", memo: "", email: null, smssendYN: false, cancelType: 0 };
    await popbill.request({
      ...CASHBILL,
      method: "POST",
      path: "/Cashbill",
      override: "REVOKEISSUE",
      body,
    });
    expect(calls[1]?.body).toBe('{"mgtKey":"MK-3","smssendYN":false,"cancelType":0}');
  });

  it("sends a GET without a body and without x-pb-userid when there is no user", async () => {
    const { popbill, calls } = setup(jsonReply(200, {}));
    await popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/MK-1" });
    expect(calls[1]?.init.body).toBeUndefined();
    expect(calls[1]?.headers["x-pb-userid"]).toBeUndefined();
  });

  it("sends a body-less POST as an empty body", async () => {
    const { popbill, calls } = setup(jsonReply(200, {}));
    await popbill.request({
      ...CASHBILL,
      method: "POST",
      path: "/Cashbill/MK-1",
      override: "DELETE",
    });
    expect(calls[1]?.init.body).toBe("");
  });

  it("maps a non-200 body through fromResponse", async () => {
    const { popbill } = setup(jsonReply(400, { code: -14000003, message: "없음" }));
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/NOPE" }),
    ).rejects.toBeInstanceOf(UpstreamNotFoundError);
  });

  it("does not retry a POST by default", async () => {
    const { popbill, calls } = setup(jsonReply(503, {}), jsonReply(200, {}));
    await expect(
      popbill.request({
        ...CASHBILL,
        method: "POST",
        path: "/Cashbill",
        override: "ISSUE",
        body: {},
      }),
    ).rejects.toBeInstanceOf(UpstreamServerError);
    expect(calls).toHaveLength(2);
  });

  it("refuses an override on GET before asking for a token", async () => {
    const { popbill, calls } = setup();
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill", override: "ISSUE" }),
    ).rejects.toThrow(TypeError);
    expect(calls).toHaveLength(0);
  });

  it("refuses a GET with a body", async () => {
    const { popbill } = setup();
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill", body: {} }),
    ).rejects.toThrow(/no body/);
  });
});
