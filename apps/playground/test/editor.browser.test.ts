import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { BrowserSession } from "./chromium.js";
import type { PlaygroundGateway } from "./gateway.js";
import { type PlaygroundSession, RESULTS, requireChromium, startSession } from "./session.js";

const DEMO_KEY = "kb_local_demo_member_key";

/** Replaces the text of a CodeMirror editor of GraphiQL. */
async function replaceText(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

const QUERY_EDITOR = ".graphiql-query-editor";
const HEADERS_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden)";

/** The result pane's text. */
function result(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = document.querySelector(".result-window .CodeMirror") as
      (Element & { CodeMirror?: { getValue(): string } }) | null;
    return editor?.CodeMirror?.getValue() ?? "";
  });
}

/** Waits until the result pane's text passes `test` (given as source, run in the page). */
async function waitForResult(page: Page, test: string, timeout = 15_000) {
  await page.waitForFunction(
    (source) => {
      const editor = document.querySelector(".result-window .CodeMirror") as
        (Element & { CodeMirror?: { getValue(): string } }) | null;
      const text = editor?.CodeMirror?.getValue() ?? "";
      return (new Function("text", `return ${source}`) as (t: string) => boolean)(text);
    },
    test,
    { timeout, polling: 100 },
  );
}

/** Types an operation named `name`, waits until GraphiQL has read it (tab title), runs it. */
async function run(page: Page, name: string, query: string) {
  await replaceText(page, QUERY_EDITOR, query);
  await page.locator(".graphiql-tab-active").filter({ hasText: name }).waitFor({ timeout: 5_000 });
  await page.locator(".graphiql-execute-button").click();
}

const HAS_CHROMIUM = requireChromium("the editor browser test");

describe.skipIf(!HAS_CHROMIUM)("the GraphiQL editor in Chromium", () => {
  let session: PlaygroundSession | undefined;
  let gateway: PlaygroundGateway;
  let browser: BrowserSession;

  beforeAll(async () => {
    session = await startSession();
    ({ gateway, browser } = session);
    const { page } = browser;
    await page.goto(`${gateway.url}/#editor`);
    await page.locator(`${QUERY_EDITOR} .CodeMirror`).waitFor({ timeout: 15_000 });
    await page.locator(".result-window .CodeMirror").waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it("opens the README's operations as named tabs, has the explorer and shows code", async () => {
    const { page } = browser;
    const tabs = await page.locator(".graphiql-tab").allTextContents();
    expect(tabs.join(" ")).toMatch(/Me.*IssueDayReceipts.*DayReceiptEvents.*DaySubmission.*Tick/);
    await page.getByRole("button", { name: /Show GraphiQL Explorer/i }).click();
    await page.locator(".graphiql-explorer-root").first().waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: /Show Code/i }).click();
    const code = (await page.getByTestId("code-plugin").textContent({ timeout: 10_000 })) ?? "";
    expect(code).toContain(`curl '${gateway.url}/graphql'`);
    expect(code).toContain(`authorization: Bearer ${DEMO_KEY}`);
    await page.screenshot({ path: join(RESULTS, "editor-code.png") });
  });

  it("subscribes with the key in Headers, not the top bar's: a wrong one is refused", async () => {
    const { page } = browser;
    await replaceText(page, HEADERS_EDITOR, '{ "authorization": "Bearer kb_wrong_key" }');
    await run(page, "Tick", "subscription Tick { clock(count: 3, intervalMs: 100) { seq } }");
    await waitForResult(page, 'text.includes("UNAUTHENTICATED")');
    expect(await result(page)).not.toContain('"seq"');
    expect(await result(page)).toContain("4403");
  });

  it("lists every event of a subscription with the time it arrived", async () => {
    const { page } = browser;
    await replaceText(page, HEADERS_EDITOR, `{ "authorization": "Bearer ${DEMO_KEY}" }`);
    await run(page, "Tick", "subscription Tick { clock(count: 3, intervalMs: 100) { seq } }");
    await waitForResult(page, '(text.match(/"seq"/g) || []).length === 3');
    const log = JSON.parse(await result(page)) as {
      eventCount: number;
      events: { receivedAt: string; data: { clock: { seq: number } } }[];
    };
    expect(log.eventCount).toBe(3);
    expect(log.events.map((e) => e.data.clock.seq)).toEqual([3, 2, 1]);
    await page.screenshot({ path: join(RESULTS, "editor-events.png") });
    for (const event of log.events) expect(event.receivedAt).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);
  });

  it("reconnects with edited Headers while a subscription runs", async () => {
    const { page } = browser;
    await run(page, "Tick", "subscription Tick { clock(intervalMs: 100) { seq } }");
    await waitForResult(page, "text.includes('\"seq\": 2')");
    await replaceText(page, HEADERS_EDITOR, '{ "authorization": "Bearer kb_revoked_or_typo" }');
    // The new connection's connection_init carries the edited key, which the gateway refuses.
    await waitForResult(page, 'text.includes("UNAUTHENTICATED")');
    const text = await result(page);
    expect(text).toContain("the Headers changed");
    expect(text).toContain('"seq": 2');
    await replaceText(page, HEADERS_EDITOR, `{ "authorization": "Bearer ${DEMO_KEY}" }`);
  });

  it("explains what to do with pasted anonymous operations", async () => {
    const { page } = browser;
    await replaceText(
      page,
      QUERY_EDITOR,
      "mutation { setLowBalanceThreshold(threshold: 1) { balance } }\n" +
        "subscription { pointsEvents { cursor type } }",
    );
    // Shown once GraphiQL has read the edited document, so its run button now asks which
    // operation to run.
    await page.getByTestId("editor-hint").waitFor({ timeout: 10_000 });
    const hint = (await page.getByTestId("editor-hint").textContent()) ?? "";
    expect(hint).toContain("2 operations");
    expect(hint).toContain("give each a name");
    await page.locator(".graphiql-execute-button").click();
    await page.getByRole("menuitem", { name: /Unnamed mutation/i }).click();
    await waitForResult(page, 'text.includes("ANONYMOUS_OPERATIONS")');
    expect(await result(page)).toContain("give each a name");
    expect(browser.consoleErrors).toEqual([]);
  });
});
