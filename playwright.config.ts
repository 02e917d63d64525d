import { defineConfig, devices } from "@playwright/test";
import { apiE2ePort, e2ePort } from "./e2e/port";
import { chromiumArgs, findChromium } from "./scripts/lib/chromium";
import { scriptEnv } from "./scripts/lib/env";

const env = scriptEnv();
const baseURL = `http://127.0.0.1:${e2ePort}`;
const apiURL = `http://127.0.0.1:${apiE2ePort}`;
// The API black-box suite needs a real PostgreSQL (issue 9); on CI its absence is a failure.
const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (env.CI && !postgres) throw new Error("CI needs TEST_DATABASE_URL for the API black-box suite");

const server = (command: string, url: string) => ({
  command,
  url,
  reuseExistingServer: false,
  timeout: 240_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
});

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(env.CHROMIUM_PATH),
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: "api/**",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL },
    },
    // Over HTTP only, no browser: the product driven from outside as an integration would.
    ...(postgres ? [{ name: "api", testMatch: "api/**/*.spec.ts", use: { baseURL: apiURL } }] : []),
  ],
  // Started one after the other, so the production build is made once.
  webServer: [
    server("node_modules/.bin/tsx e2e/serve.ts", baseURL),
    ...(postgres
      ? [server("node_modules/.bin/tsx e2e/serve-pg.ts", `${apiURL}/api/v1/procedures`)]
      : []),
  ],
});
