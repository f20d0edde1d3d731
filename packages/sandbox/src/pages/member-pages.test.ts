import { describe, expect, it } from "vitest";
import { usePopbill } from "../popbill/popbill.test-helpers.js";
import { requestPayment } from "../points/points.test-helpers.js";

describe("member pages behind GET /Member?TG=", () => {
  const start = usePopbill();

  it("lists the member's charges on the PAYMENT page and its movements on USEHISTORY", async () => {
    const harness = await start();
    const settleCode = await requestPayment(harness);
    await harness.issue();
    const payment = await fetch((await harness.call("GET", "/Member?TG=PAYMENT")).body.url);
    expect(await payment.text()).toContain(`<td>${settleCode}</td>`);
    const uses = await fetch((await harness.call("GET", "/Member?TG=USEHISTORY")).body.url);
    const page = await uses.text();
    expect(page).toContain("<td>140</td>");
    expect(page).toContain('<b id="remain-point">99989</b>');
  });

  it("refuses the page after 30 s of sandbox time", async () => {
    const harness = await start();
    const { url } = (await harness.call("GET", "/Member?TG=USEHISTORY")).body;
    harness.sandbox.clock.advance(30_000);
    expect((await fetch(url)).status).toBe(200);
    harness.sandbox.clock.advance(1);
    expect((await fetch(url)).status).toBe(403);
  });
});
