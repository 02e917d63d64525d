import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

export const screenshotDir = path.join(import.meta.dirname, "screenshots");

/** Everything that went wrong in the browser while a test ran. */
interface PageProblems {
  problems: string[];
}

/**
 * `page` that records console errors, uncaught exceptions, failed requests,
 * HTTP errors and any request leaving our origin (no external fonts, no
 * trackers); each test ends by asserting there were none.
 */
export const test = base.extend<PageProblems>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      watch(page, baseURL ?? "", problems);
      await use(problems);
      expect(problems, "console errors, failed or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

function watch(page: Page, origin: string, problems: string[]): void {
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`foreign request: ${url}`);
  });
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "";
    // A navigation cancels the previous page's in-flight requests; that is not a failure.
    if (failure !== "net::ERR_ABORTED")
      problems.push(`request failed: ${request.url()} ${failure}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export { expect };
