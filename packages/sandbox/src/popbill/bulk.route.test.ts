import { describe, expect, it } from "vitest";
import { sendRaw } from "../http/raw-http.test-helpers.js";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { digestOf, receipt, runningClock, usePopbill } from "./popbill.test-helpers.js";

/** The §5.2 body, exactly as the Node SDK framed it (633 bytes). */
const VECTOR_BODY =
  '{"cashbills":[{"mgtKey":"SUB-001-1","tradeDT":"20261123100203","tradeType":"승인거래","tradeUsage":"소득공제용","tradeOpt":"일반","taxationType":"과세","supplyCost":"10000","tax":"1000","serviceFee":"0","totalAmount":"11000","franchiseCorpNum":"1234567890","franchiseCorpName":"가맹점","identityNum":"01012341234","customerName":"홍길동","itemName":"상품A","smssendYN":false},{"mgtKey":"SUB-001-2","tradeType":"승인거래","tradeUsage":"지출증빙용","taxationType":"비과세","supplyCost":"5000","tax":"0","serviceFee":"0","totalAmount":"5000","franchiseCorpNum":"1234567890","identityNum":"1234567890"}]}';
const VECTOR_DIGEST = "Ip0QjGr2eANJfYqOkYqwjXIWT1Q=";

/** Request #2 of §5.2 with a real token in place of FAKE-SESSION-TOKEN. */
function vectorRequest(token: string): Buffer {
  const body = Buffer.from(VECTOR_BODY, "utf8");
  const head = [
    "POST /Cashbill HTTP/1.1",
    `Authorization: Bearer ${token}`,
    "x-pb-userid: testkorea",
    `x-pb-message-digest: ${VECTOR_DIGEST}`,
    "x-pb-submit-id: SUB-001",
    "X-HTTP-Method-Override: BULKISSUE",
    "Content-Type: application/json;charset=utf-8",
    "Accept-Encoding: gzip,deflate",
    "User-Agent: NODEJS POPBILL SDK",
    "Host: popbill-test.linkhub.co.kr",
    "Connection: keep-alive",
    "Transfer-Encoding: chunked",
    "",
    "",
  ].join("\r\n");
  const chunk = `${body.length.toString(16)}\r\n`;
  return Buffer.concat([Buffer.from(head + chunk), body, Buffer.from("\r\n0\r\n\r\n")]);
}

describe("POST /Cashbill (BULKISSUE)", () => {
  const start = usePopbill();

  it("accepts the §5.2 request byte for byte, chunked, and answers a receiptID", async () => {
    const { popbillUrl, token, sandbox } = await start();
    expect(Buffer.byteLength(VECTOR_BODY)).toBe(633);
    expect(digestOf(VECTOR_BODY)).toBe(VECTOR_DIGEST);
    const raw = vectorRequest(token);
    expect(raw.includes(Buffer.from("\r\n279\r\n"))).toBe(true);
    const response = await sendRaw(popbillUrl, raw);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json;charset=utf-8");
    expect(JSON.parse(response.body.toString("utf8"))).toEqual({
      code: 1,
      message: expect.any(String),
      receiptID: expect.stringMatching(/^\d{18}$/),
    });
    expect(sandbox.cashbill.submissions("1234567890")).toMatchObject([
      { submitID: "SUB-001", txState: 0 },
    ]);
  });

  it("moves txState 0 -> 1 -> 2 on the sandbox clock and shows issueResult only at 2", async () => {
    const { bulk, bulkState, sandbox } = await start();
    await bulk("SUB-001", JSON.parse(VECTOR_BODY).cashbills);
    const accepted = (await bulkState("SUB-001")).body;
    expect(accepted).toMatchObject({
      code: 1,
      submitID: "SUB-001",
      submitCount: 2,
      txState: 0,
      txStartDT: null,
      txEndDT: null,
      receiptDT: "20261123100203",
    });
    expect(accepted).not.toHaveProperty("issueResult");
    sandbox.clock.advance(1_000);
    const processing = (await bulkState("SUB-001")).body;
    expect(processing).toMatchObject({ txState: 1, txStartDT: "20261123100204", txEndDT: null });
    expect(processing).not.toHaveProperty("issueResult");
    sandbox.clock.advance(1_999);
    expect((await bulkState("SUB-001")).body.txState).toBe(1);
    sandbox.clock.advance(1);
    expect((await bulkState("SUB-001")).body).toMatchObject({
      txState: 2,
      txResultCode: 1,
      txEndDT: "20261123100206",
      successCount: 2,
      failCount: 0,
      receiptID: accepted.receiptID,
      issueResult: [
        {
          mgtKey: "SUB-001-1",
          code: 1,
          confirmNum: expect.stringMatching(/^.{9}$/),
          tradeDate: "20261123",
          issueDT: "20261123100206",
        },
        {
          mgtKey: "SUB-001-2",
          code: 1,
          confirmNum: expect.stringMatching(/^.{9}$/),
          tradeDate: "20261123",
          issueDT: "20261123100206",
        },
      ],
    });
  });

  it("makes successful receipts exist like registIssue'd ones once completed", async () => {
    const { bulk, info, sandbox } = await start();
    await bulk("S", [receipt({ mgtKey: "B-1" })]);
    expect((await info("B-1")).body.code).toBe(-14000003);
    sandbox.clock.advance(3_000);
    expect((await info("B-1")).body).toMatchObject({
      mgtKey: "B-1",
      stateCode: 300,
      confirmNum: expect.any(String),
    });
    expect(sandbox.cashbill.issuanceCount("1234567890", "B-1")).toBe(1);
  });

  it("fails some receipts and issues the others, validating each at processing time", async () => {
    const { bulk, bulkState, issue, info, sandbox } = await start();
    await bulk("MIX", [
      receipt({ mgtKey: "OK-1" }),
      receipt({ mgtKey: "TAKEN" }),
      receipt({ mgtKey: "REFUSED", identityNum: "01012344444" }),
      receipt({ mgtKey: "BAD-SUM", totalAmount: "1" }),
      receipt({ mgtKey: "OK-2", tradeDT: undefined }),
      receipt({ mgtKey: "OK-1" }),
      "not an object",
    ]);
    await issue({ mgtKey: "TAKEN" }); // used after acceptance, before processing
    sandbox.clock.advance(3_000);
    const { body } = await bulkState("MIX");
    expect(body).toMatchObject({ txState: 2, submitCount: 7, successCount: 2, failCount: 5 });
    expect(
      body.issueResult.map((r: { mgtKey: string; code: number }) => [r.mgtKey, r.code]),
    ).toEqual([
      ["OK-1", 1],
      ["TAKEN", -14001019],
      ["REFUSED", -14001006],
      ["BAD-SUM", -14001024],
      ["OK-2", 1],
      ["OK-1", -14001019],
      ["", -10000001],
    ]);
    expect(body.issueResult[1]).toMatchObject({ confirmNum: null, tradeDate: null, issueDT: null });
    expect((await info("OK-2")).body.stateCode).toBe(300);
    expect((await info("REFUSED")).status).toBe(404);
    expect(sandbox.cashbill.useHistory("1234567890")).toHaveLength(3);
  });

  it("fails the receipts the balance cannot pay for with -99003008", async () => {
    const { bulk, bulkState, sandbox } = await start();
    Object.assign(sandbox.state.member("1234567890")!, { chargePoint: 11, bonusPoint: 0 });
    await bulk("POOR", [receipt({ mgtKey: "P-1" }), receipt({ mgtKey: "P-2" })]);
    sandbox.clock.advance(3_000);
    const codes = (await bulkState("POOR")).body.issueResult.map((r: { code: number }) => r.code);
    expect(codes).toEqual([1, -99003008]);
  });

  it("takes longer per receipt when bulkPerReceiptMs is set", async () => {
    const { bulk, bulkState, sandbox } = await start({ settings: { bulkPerReceiptMs: 500 } });
    await bulk("SLOW", [receipt({ mgtKey: "A" }), receipt({ mgtKey: "B" })]);
    sandbox.clock.advance(3_999);
    expect((await bulkState("SLOW")).body.txState).toBe(1);
    sandbox.clock.advance(1);
    expect((await bulkState("SLOW")).body.txState).toBe(2);
  });

  it("completes by the scheduler's real-time tick on a running clock", async () => {
    const { bulk, bulkState } = await start({
      clock: runningClock(),
      settings: { bulkAcceptToProcessingMs: 20, bulkProcessingMs: 20, schedulerTickMs: 5 },
    });
    await bulk("LIVE", [receipt({ mgtKey: "L-1", tradeDT: undefined })]);
    await expect
      .poll(async () => (await bulkState("LIVE")).body.txState, { timeout: 2_000 })
      .toBe(2);
  });
});

describe("BULKISSUE refusals", () => {
  const start = usePopbill();

  it("refuses a digest that does not match the raw body with -14003002", async () => {
    const { bulk, sandbox } = await start();
    const reply = await bulk("SUB-1", [receipt()], {
      headers: { "x-pb-message-digest": VECTOR_DIGEST },
    });
    expect(reply).toMatchObject({ status: 400, body: { code: -14003002 } });
    const missing = await bulk("SUB-1", [receipt()], { headers: { "x-pb-message-digest": "" } });
    expect(missing.body.code).toBe(-14003002);
    expect(sandbox.cashbill.submissions("1234567890")).toEqual([]);
  });

  it("refuses a SubmitID the member used before with -14003001, even after completion", async () => {
    const { bulk, sandbox } = await start();
    expect((await bulk("SUB-1", [receipt({ mgtKey: "A" })])).status).toBe(200);
    expect(await bulk("SUB-1", [receipt({ mgtKey: "B" })])).toMatchObject({
      status: 400,
      body: { code: -14003001 },
    });
    sandbox.clock.advance(3_000);
    expect((await bulk("SUB-1", [receipt({ mgtKey: "C" })])).body.code).toBe(-14003001);
    expect(sandbox.cashbill.submissions("1234567890")).toHaveLength(1);
  });

  it("lets another member use the same SubmitID", async () => {
    const { bulk, authUrl } = await start();
    await bulk("SUB-1", [receipt()]);
    const token = await memberToken(authUrl, { corpNum: "6798700433" });
    const reply = await bulk("SUB-1", [receipt({ franchiseCorpNum: "6798700433" })], { token });
    expect(reply.status).toBe(200);
  });

  it("refuses 101 receipts, and none, with -14003003", async () => {
    const { bulk } = await start();
    const many = Array.from({ length: 101 }, (_, i) => receipt({ mgtKey: `K-${i}` }));
    expect(await bulk("SUB-1", many)).toMatchObject({ status: 400, body: { code: -14003003 } });
    expect((await bulk("SUB-2", [])).body.code).toBe(-14003003);
    expect((await bulk("SUB-3", many.slice(0, 100))).status).toBe(200);
  });

  it("refuses a missing or malformed SubmitID with -14003004", async () => {
    const { bulk } = await start();
    for (const submitId of ["", "SUB 1", "A".repeat(37), "SUB.1"]) {
      const reply = await bulk(submitId, [receipt()], { headers: { "x-pb-submit-id": submitId } });
      expect(reply).toMatchObject({ status: 400, body: { code: -14003004 } });
    }
    expect((await bulk("A".repeat(36), [receipt()])).status).toBe(200);
  });

  it("answers -14003005 with 404 for an unknown SubmitID, also another member's", async () => {
    const { bulk, bulkState, authUrl } = await start();
    expect(await bulkState("NOPE")).toMatchObject({ status: 404, body: { code: -14003005 } });
    await bulk("MINE", [receipt()]);
    const token = await memberToken(authUrl, { corpNum: "6798700433" });
    expect((await bulkState("MINE", { token })).status).toBe(404);
  });
});
