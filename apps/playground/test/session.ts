import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { it } from "vitest";
import { playgroundBuilt, playgroundDir } from "../index.js";
import {
  type BrowserSession,
  CHROMIUM_INSTALL,
  CHROMIUM_PATH,
  chromiumFound,
  launchChromium,
} from "./chromium.js";
import { type PlaygroundGateway, startPlaygroundGateway } from "./gateway.js";

/** Where browser tests leave screenshots and result files. */
export const RESULTS = join(import.meta.dirname, "..", "test-results");

const CI = /^(true|1)$/i.test(process.env.CI ?? "");

/**
 * Whether Chromium is there to drive. Without it a browser test is skipped (with a warning
 * naming `what`), except under CI, where that is a failure. Call it at a test file's top level.
 */
export function requireChromium(what: string): boolean {
  if (chromiumFound()) return true;
  const missing = `no Chromium at ${CHROMIUM_PATH}; install it with: ${CHROMIUM_INSTALL}`;
  if (CI) {
    it("finds Chromium to drive (required under CI)", () => {
      throw new Error(missing);
    });
  } else {
    console.warn(`skipping ${what}: ${missing}`);
  }
  return false;
}

/** The built playground on a real local-stage gateway, and headless Chromium to drive it. */
export interface PlaygroundSession {
  gateway: PlaygroundGateway;
  browser: BrowserSession;
  close(): Promise<void>;
}

/** Starts a {@link PlaygroundSession}; `env` goes to the gateway (e.g. `KORBILL_CORS_ORIGINS`). */
export async function startSession(env: Record<string, string> = {}): Promise<PlaygroundSession> {
  if (!playgroundBuilt()) {
    throw new Error(`the playground is not built (${playgroundDir}): run \`vite build\` first`);
  }
  mkdirSync(RESULTS, { recursive: true });
  const gateway = await startPlaygroundGateway(env);
  let browser: BrowserSession;
  try {
    browser = await launchChromium();
  } catch (error) {
    await gateway.close();
    throw error;
  }
  return {
    gateway,
    browser,
    async close() {
      await browser.close();
      await gateway.close();
    },
  };
}

/** The number shown in a `data-testid` element ("1,100" -> 1100), or null for "–". */
export async function numberAt(page: Page, testId: string): Promise<number | null> {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  const digits = text.replace(/[^\d-]/g, "");
  return /^-?\d+$/.test(digits) ? Number(digits) : null;
}

/** Waits until the element's text is exactly `value`. */
export async function waitForText(page: Page, testId: string, value: string, timeout: number) {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want,
    [testId, value] as const,
    { timeout, polling: 100 },
  );
}
