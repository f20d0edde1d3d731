import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** How to get it, for the failure and skip messages. */
export const CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium fonts-noto-cjk";

/** Whether Chromium is installed. */
export function chromiumFound(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Flags for a machine whose network is closed: without the background-networking ones
 * Chromium keeps trying to reach Google's hosts at every start.
 */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A headless Chromium with a new, empty profile, and the page's console errors. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** `console.error` messages and uncaught page errors, as they happened. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Launches headless Chromium (1440x900, Korean locale) with a temporary user-data-dir. */
export async function launchChromium(): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), "korbill-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  return {
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
