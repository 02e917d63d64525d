import { accessSync, constants } from "node:fs";

/** Flags for headless Chromium on these machines: no sandbox (root), no calls home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium to drive: `configured` (CHROMIUM_PATH) or /usr/bin/chromium, if executable. */
export function findChromium(configured: string | undefined): string | undefined {
  for (const candidate of configured
    ? [configured]
    : ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}
