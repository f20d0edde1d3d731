import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playgroundBuilt, playgroundDir } from "../index.js";
import { type BrowserSession, chromiumFound, launchChromium } from "./chromium.js";
import { type PlaygroundGateway, startPlaygroundGateway } from "./gateway.js";

const RESULTS = join(import.meta.dirname, "..", "test-results");
/** The demo member the playground's preset key acts for. */
const CORP_NUM = "1234567890";
const RECEIPTS = 5;

interface OutboxMessage {
  channel: string;
  mgtKey: string;
  receiver: string;
  sender: string | null;
}

// Chromium's presence (and CI's demand for it) is checked by playground.browser.test.ts.
describe.skipIf(!chromiumFound())("receipt actions in the playground's results table", () => {
  let gateway: PlaygroundGateway;
  let browser: BrowserSession;
  let page: Page;
  let row: Locator;
  let mgtKey: string;
  let submitId: string;

  /** The sandbox's outbox of resent e-mails and SMS (its control API), oldest first. */
  const outbox = async (): Promise<OutboxMessage[]> => {
    const base = gateway.gateway.sandbox!.sandbox!.urls!.popbillUrl;
    const r = await fetch(`${base}/__sandbox/cashbill/outbox?corpNum=${CORP_NUM}`);
    return ((await r.json()) as { messages: OutboxMessage[] }).messages;
  };

  beforeAll(async () => {
    if (!playgroundBuilt()) throw new Error(`the playground is not built (${playgroundDir})`);
    mkdirSync(RESULTS, { recursive: true });
    gateway = await startPlaygroundGateway();
    browser = await launchChromium();
    page = browser.page;
    await page.goto(`${gateway.url}/`);
    await page.getByTestId("bulk-count").fill(String(RECEIPTS));
    await page.getByTestId("bulk-start").click();
    await page.waitForSelector('[data-testid="bulk-status"][data-phase="done"]', {
      timeout: 60_000,
    });
    row = page.locator('[data-testid="results-table"] tbody tr[data-issue="ISSUED"]').first();
    mgtKey = (await row.getAttribute("data-mgt-key")) ?? "";
    submitId = (await row.getAttribute("data-submit-id")) ?? "";
    expect(mgtKey).toMatch(/^PG/);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it("opens a receipt's view in a new window: the sandbox's page of that receipt", async () => {
    const confirmNum = (await row.locator("td.confirm-num").textContent()) ?? "";
    const amount = (await row.locator("td.amount").textContent()) ?? "";
    expect(confirmNum).not.toBe("");
    const [popup] = await Promise.all([
      browser.context.waitForEvent("page"),
      row.getByRole("button", { name: `View receipt ${mgtKey}` }).click(),
    ]);
    await popup.waitForSelector("#confirm-num", { timeout: 15_000 });
    expect(await popup.locator("#mgt-key").textContent()).toBe(mgtKey);
    expect(await popup.locator("#confirm-num").textContent()).toBe(confirmNum);
    expect(await popup.locator("#total-amount").textContent()).toBe(`${amount}원`);
    await popup.close();
    await page.getByTestId("receipt-action-status").getByText("Opened").waitFor();
  });

  it("downloads the receipt's PDF, named by its mgtKey", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 15_000 }),
      row.getByRole("button", { name: `Download the PDF of ${mgtKey}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${mgtKey}.pdf`);
    const saved = join(RESULTS, `${mgtKey}.pdf`);
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("resends by e-mail to the address given (prefilled with the receipt's), exactly once", async () => {
    await row.getByRole("button", { name: `Resend ${mgtKey} by e-mail` }).click();
    const dialog = page.getByRole("dialog", { name: `Resend ${mgtKey} by e-mail` });
    const address = dialog.getByLabel("E-mail address");
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="resend-email-address"]') as HTMLInputElement | null)
          ?.value === "buyer@example.com",
      null,
      { timeout: 10_000, polling: 100 },
    );

    // A bad address: the gateway's code and message, nothing sent.
    await address.fill("not-an-address");
    await dialog.getByRole("button", { name: "Send the e-mail" }).click();
    await dialog.getByTestId("receipt-dialog-errors").getByText("BAD_USER_INPUT").waitFor();
    expect(await outbox()).toEqual([]);

    const to = `resend-${Date.now()}@example.com`;
    await address.fill(to);
    await dialog.getByRole("button", { name: "Send the e-mail" }).click();
    await dialog.getByTestId("receipt-dialog-result").getByText(`Sent to ${to}`).waitFor();
    const mails = (await outbox()).filter((m) => m.channel === "EMAIL");
    expect(mails).toMatchObject([{ mgtKey, receiver: to }]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("resends by SMS with the sender and receiver numbers asked for", async () => {
    await row.getByRole("button", { name: `Resend ${mgtKey} by SMS` }).click();
    const dialog = page.getByRole("dialog", { name: `Resend ${mgtKey} by SMS` });
    await dialog.getByLabel("Sender number").fill("02-1234-5678");
    await dialog.getByLabel("Receiver number").fill("010-9999-8888");
    await dialog.getByRole("button", { name: "Send the SMS" }).click();
    await dialog.getByTestId("receipt-dialog-result").getByText("Sent to 010-9999-8888").waitFor();
    const sms = (await outbox()).filter((m) => m.channel === "SMS");
    expect(sms).toMatchObject([{ mgtKey, receiver: "010-9999-8888", sender: "02-1234-5678" }]);
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  it("shows the receipt's history: issue, filing and the resends, with time, type and message", async () => {
    await row.getByRole("button", { name: `History of ${mgtKey}` }).click();
    const dialog = page.getByRole("dialog", { name: `History of ${mgtKey}` });
    const entries = dialog.locator('[data-testid="receipt-logs"] tbody tr');
    await entries.first().waitFor({ timeout: 10_000 });
    const types = await entries.evaluateAll((rows) =>
      rows.map((r) => r.querySelector("td.type")?.textContent ?? ""),
    );
    expect(types[0]).toContain("발행");
    expect(types).toEqual(expect.arrayContaining([expect.stringContaining("이메일 전송")]));
    expect(types).toEqual(expect.arrayContaining([expect.stringContaining("문자 전송")]));
    expect(await entries.first().locator("td.time").textContent()).toMatch(/\d\d:\d\d:\d\d/);
    await page.screenshot({ path: join(RESULTS, "receipt-history.png") });
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  it("prints a whole bulk at once on the mass print page", async () => {
    const [popup] = await Promise.all([
      browser.context.waitForEvent("page"),
      page.getByRole("button", { name: `Print all issued receipts of bulk ${submitId}` }).click(),
    ]);
    await popup.waitForSelector("table.cashbill", { timeout: 15_000 });
    expect(await popup.title()).toContain("대량 인쇄");
    expect(await popup.locator("table.cashbill").count()).toBe(RECEIPTS);
    await popup.close();
    expect(browser.consoleErrors).toEqual([]);
  });

  it("prints a recorded submission from today's history (what survives a reload)", async () => {
    await page.getByTestId("history-refresh").click();
    const button = page.getByRole("button", {
      name: `Print the issued receipts of submission ${submitId}`,
    });
    await page.waitForFunction(
      (label) => {
        const b = document.querySelector(`button[aria-label="${label}"]`);
        return b instanceof HTMLButtonElement && !b.disabled;
      },
      `Print the issued receipts of submission ${submitId}`,
      { timeout: 15_000, polling: 100 },
    );
    const [popup] = await Promise.all([browser.context.waitForEvent("page"), button.click()]);
    await popup.waitForSelector("table.cashbill", { timeout: 15_000 });
    expect(await popup.locator("table.cashbill").count()).toBe(RECEIPTS);
    await popup.close();
  });

  it("offers the same actions on the rows of an imported file, and prints its bulk", async () => {
    const prefix = `IMP${Date.now().toString(36).toUpperCase()}`;
    const csv = [
      "문서번호,용도,공급가액,부가세,합계금액,식별번호,상품명",
      `${prefix}-1,소득공제,"2,000",200,"2,200",01012345678,아메리카노`,
      `${prefix}-2,소득공제,"3,000",300,"3,300",01012345678,라떼`,
    ].join("\r\n");
    const file = join(RESULTS, `${prefix}.csv`);
    writeFileSync(file, `${csv}\r\n`);
    await page.getByTestId("tab-import").click();
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-issue").click();
    const panel = page.getByRole("region", { name: /Import the day/ });
    const issued = panel.locator(`tr[data-mgt-key="${prefix}-2"][data-outcome="ISSUED"]`);
    await issued.waitFor({ timeout: 30_000 });

    await issued.getByRole("button", { name: `History of ${prefix}-2` }).click();
    const dialog = page.getByRole("dialog", { name: `History of ${prefix}-2` });
    await dialog.locator('[data-testid="receipt-logs"] tbody tr td.type').first().waitFor();
    expect(await dialog.locator("td.type").first().textContent()).toContain("발행");
    await dialog.getByRole("button", { name: "Close" }).click();

    const print = panel.getByTestId("print-bulks").getByRole("button");
    await page.waitForFunction(
      () => {
        const slot = document.querySelector('[data-testid="import-rows"]')?.closest("section");
        return slot
          ?.querySelector('[data-testid="print-bulks"] button')
          ?.textContent?.endsWith("2");
      },
      null,
      { timeout: 15_000, polling: 100 },
    );
    const [popup] = await Promise.all([browser.context.waitForEvent("page"), print.click()]);
    await popup.waitForSelector("table.cashbill", { timeout: 15_000 });
    expect(
      await popup.locator("table.cashbill").evaluateAll((ts) => ts.map((t) => t.dataset.mgtKey)),
    ).toEqual([`${prefix}-1`, `${prefix}-2`]);
    await popup.close();
    expect(browser.consoleErrors).toEqual([]);
  });
});
