import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, chromiumFound } from "./chromium.js";
import type { PlaygroundGateway } from "./gateway.js";
import { type PlaygroundSession, startSession } from "./session.js";

/** "2026-12-07 22:53:01 KST" -> epoch ms. */
function shownMs(text: string | null): number {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) KST$/.exec(text ?? "");
  if (!m) throw new Error(`not a sandbox time: ${text}`);
  return Date.parse(`${m[1]}T${m[2]}+09:00`);
}

// Chromium's presence (and CI's demand for it) is checked by playground.browser.test.ts.
describe.skipIf(!chromiumFound())("the playground's sandbox clock bar", () => {
  let session: PlaygroundSession | undefined;
  let gateway: PlaygroundGateway;
  let browser: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
    ({ gateway, browser } = session);
  });
  afterAll(() => session?.close());

  it("shows the sandbox time and moves it a day forward", async () => {
    const { page } = browser;
    await page.goto(`${gateway.url}/`);
    const now = page.getByTestId("sandbox-clock-now");
    await now.waitFor({ timeout: 15_000 });
    const before = shownMs(await now.textContent());
    await page.getByRole("button", { name: "+1 day" }).click();
    await page.waitForFunction(
      (limit) => {
        const text = document.querySelector('[data-testid="sandbox-clock-now"]')?.textContent;
        const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) KST$/.exec(text ?? "");
        return m !== null && Date.parse(`${m[1]}T${m[2]}+09:00`) >= limit;
      },
      before + 86_400_000,
      { timeout: 15_000, polling: 100 },
    );
    expect(shownMs(await now.textContent()) - before).toBeGreaterThanOrEqual(86_400_000);
  });
});
