import { describe, expect, it } from "vitest";
import { usePopbill } from "./popbill.test-helpers.js";

describe("cash receipts after issuance (URLs, PDF, resends, logs, e-mail settings)", () => {
  const start = usePopbill();

  it("serves a receipt page behind ?TG=VIEW with the confirm number, total and state", async () => {
    const { issue, call } = await start();
    const issued = (await issue()).body;
    const reply = await call("GET", "/Cashbill/MK-1?TG=VIEW");
    expect(reply.status).toBe(200);
    const page = await fetch(reply.body.url);
    const text = await page.text();
    expect(page.headers.get("content-type")).toBe("text/html;charset=utf-8");
    expect(text).toContain(`<td id="confirm-num">${issued.confirmNum}</td>`);
    expect(text).toContain('<td id="total-amount">');
    expect(text).toContain("발행완료");
  });

  it("answers ?TG=PDF pages and ?PDF with a PDF", async () => {
    const { issue, call, popbillUrl, token } = await start();
    await issue();
    const direct = await fetch(`${popbillUrl}/Cashbill/MK-1?PDF`, {
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json;charset=utf-8",
      },
    });
    expect(direct.status, await direct.clone().text()).toBe(200);
    expect(direct.headers.get("content-type")).toBe("application/pdf;charset=utf-8");
    expect(
      Buffer.from(await direct.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const page = await fetch((await call("GET", "/Cashbill/MK-1?TG=PDF")).body.url);
    expect(
      Buffer.from(await page.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("refuses an unknown MgtKey with -14000003 and a bad TG with -10000001", async () => {
    const { issue, call } = await start();
    await issue();
    expect(await call("GET", "/Cashbill/NOPE?TG=VIEW")).toMatchObject({
      status: 404,
      body: { code: -14000003 },
    });
    expect(await call("GET", "/Cashbill/MK-1?TG=BOX")).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });

  it("records one outbox message per resend and lists it in the logs", async () => {
    const { issue, call, sandbox } = await start();
    await issue();
    const sent = await call("POST", "/Cashbill/MK-1", {
      override: "SMS",
      body: { sender: "0212345678", receiver: "01011112222", contents: "영수증" },
    });
    expect(sent).toMatchObject({ status: 200, body: { code: 1 } });
    const outbox = sandbox.state.cashbillAfter.outbox("1234567890");
    expect(outbox).toMatchObject([{ channel: "SMS", receiver: "01011112222", mgtKey: "MK-1" }]);
    const logs = (await call("GET", "/Cashbill/MK-1/Logs")).body;
    expect(logs.map((l: { procType: string }) => l.procType)).toEqual(["발행", "문자 전송"]);
  });

  it("keeps e-mail settings per member", async () => {
    const { call } = await start();
    expect((await call("GET", "/Cashbill/EmailSendConfig")).body).toEqual([
      { emailType: "CSH_ISSUE", sendYN: true },
    ]);
    expect(
      await call("POST", "/Cashbill/EmailSendConfig?EmailType=CSH_ISSUE&SendYN=false"),
    ).toMatchObject({ status: 200, body: { code: 1 } });
    expect((await call("GET", "/Cashbill/EmailSendConfig")).body).toEqual([
      { emailType: "CSH_ISSUE", sendYN: false },
    ]);
  });
});
