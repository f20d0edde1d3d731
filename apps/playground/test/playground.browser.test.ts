import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "./chromium.js";
import type { PlaygroundGateway } from "./gateway.js";
import {
  type PlaygroundSession,
  RESULTS,
  numberAt,
  requireChromium,
  startSession,
  waitForText,
} from "./session.js";

const RECEIPTS = 100;

const HAS_CHROMIUM = requireChromium("the playground browser test");

describe.skipIf(!HAS_CHROMIUM)("the playground in headless Chromium, on a real gateway", () => {
  let session: PlaygroundSession | undefined;
  let gateway: PlaygroundGateway;
  let browser: BrowserSession;

  beforeAll(async () => {
    session = await startSession();
    ({ gateway, browser } = session);
  });

  afterAll(() => session?.close());

  it("issues 100 receipts in the bulk panel and shows each issued, then filed, live", async () => {
    const { page, consoleErrors } = browser;
    const started = Date.now();
    await page.goto(`${gateway.url}/`);
    await page.getByTestId("bulk-count").fill(String(RECEIPTS));
    await page.getByTestId("bulk-start").click();

    await waitForText(page, "issued-count", String(RECEIPTS), 30_000);
    const issuedMs = Date.now() - started;
    await waitForText(page, "filed-count", String(RECEIPTS), 60_000);
    await page.waitForSelector('[data-testid="bulk-status"][data-phase="done"]', {
      timeout: 10_000,
    });
    const filedMs = Date.now() - started;
    console.log(`bulk of ${RECEIPTS}: issued after ${issuedMs} ms, filed after ${filedMs} ms`);

    // The table is virtualized: it holds every receipt and draws the rows in view.
    const table = page.getByTestId("results-table");
    expect(await table.getAttribute("data-rows")).toBe(String(RECEIPTS));
    const drawn = await table.locator("tbody tr[data-issue]").count();
    expect(drawn).toBeGreaterThan(0);
    expect(await page.locator('tr[data-issue="ISSUED"][data-filing="FILED"]').count()).toBe(drawn);
    expect(await numberAt(page, "refused-count")).toBe(0);
    const before = await numberAt(page, "balance-before");
    const after = await numberAt(page, "balance-after");
    expect(before).not.toBeNull();
    expect(before! - after!).toBe(RECEIPTS * gateway.unitCost);
    expect(await page.getByTestId("bulk-errors").count()).toBe(0);

    await page.screenshot({ path: join(RESULTS, "playground.png"), fullPage: false });
    expect(consoleErrors, gateway.logs.slice(-20).join("\n")).toEqual([]);
  });

  it("issues a billing key with the sandbox card, charges it and shows the PAID event", async () => {
    const { page, consoleErrors } = browser;
    await page.getByTestId("tab-billing").click();
    await page.getByTestId("billing-issue").click();
    await page.getByTestId("billing-key").waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("billing-key").textContent()).toMatch(/\*{4}/);
    await page.getByTestId("billing-charge").click();
    await page.getByTestId("billing-payment").waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("billing-payment").textContent()).toContain("PAID");
    await page
      .locator('[data-testid="payment-events"] tr[data-type="PAID"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(RESULTS, "playground-billing.png") });
    expect(consoleErrors).toEqual([]);
  });

  it("registers a HomeTax department user, crawls and follows the job to its totals", async () => {
    const { page, consoleErrors } = browser;
    await page.getByTestId("tab-hometax").click();
    await page.getByTestId("hometax-register").click();
    await page.getByText("Registered: DEPT_USER").waitFor({ timeout: 10_000 });
    await page.getByTestId("hometax-check").click();
    await page.getByTestId("hometax-readiness").getByText("READY").waitFor({ timeout: 10_000 });
    await page.getByTestId("hometax-request").click();
    await page.getByTestId("hometax-summary").waitFor({ timeout: 30_000 });
    const types = await page
      .locator('[data-testid="hometax-events"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-type")));
    expect(types).toContain("PROGRESS");
    expect(types.at(-1)).toBe("COMPLETED");
    expect(await page.getByTestId("hometax-errors").count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, "playground-hometax.png") });
    expect(consoleErrors).toEqual([]);
  });

  it("runs a query and a subscription in the GraphiQL editor, the demo key preset", async () => {
    const { page, consoleErrors } = browser;
    await page.getByTestId("tab-editor").click();
    // GraphiQL loads CodeMirror lazily: its run button does nothing until both editors exist.
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor({ timeout: 15_000 });
    await page.locator(".result-window .CodeMirror").waitFor({ timeout: 15_000 });
    await page.locator(".graphiql-execute-button").click();
    await page.waitForFunction(
      () => document.querySelector(".result-window")?.textContent?.includes('"balance"'),
      null,
      { timeout: 15_000, polling: 100 },
    );
    // A subscription runs over the shared graphql-ws client. GraphiQL picks the operation
    // name up from the edited text after a short debounce.
    await page.locator(".graphiql-query-editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(
      "subscription Tick { clock(count: 3, intervalMs: 100) { seq now } }",
    );
    await page.waitForTimeout(600);
    await page.locator(".graphiql-execute-button").click();
    await page.waitForFunction(
      () => document.querySelector(".result-window")?.textContent?.includes('"seq": 3'),
      null,
      { timeout: 15_000, polling: 100 },
    );
    await page.screenshot({ path: join(RESULTS, "playground-editor.png") });
    expect(consoleErrors).toEqual([]);
  });
  it("shows a refused key's errors as code and message, never a stack", async () => {
    const page = await browser.context.newPage();
    const resourceErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && resourceErrors.push(m.text()));
    await page.goto(`${gateway.url}/`);
    await page.getByTestId("api-key").fill("kb_not_a_real_key");
    await page.getByTestId("api-key").press("Enter");
    await page.getByTestId("viewer").getByText("UNAUTHENTICATED").waitFor({ timeout: 10_000 });
    await page.getByTestId("bulk-count").fill("5");
    await page.getByTestId("bulk-start").click();
    await page.waitForSelector('[data-testid="bulk-status"][data-phase="stopped"]', {
      timeout: 15_000,
    });
    const text = (await page.getByTestId("bulk-errors").textContent()) ?? "";
    expect(text).toContain("UNAUTHENTICATED");
    // The subscription's socket was refused too (4403), reported by @korbill/client.
    expect(text).toContain("4403");
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
    await page.screenshot({ path: join(RESULTS, "playground-errors.png") });
    // Chromium itself logs each 401 response; nothing else may be logged.
    expect(resourceErrors.filter((e) => !e.includes("status of 401"))).toEqual([]);
    await page.close();
  });
});
