/**
 * `npm test`: format check, typecheck, lint, unit + integration tests, then the Playwright
 * suite. Stops at the first failing stage. With CI=true a missing Chromium
 * or TEST_DATABASE_URL fails the run; elsewhere it is said loudly and skipped.
 * Ends with the plain summary line `N passed, N failed[, N skipped]`.
 */
import { spawnSync } from "node:child_process";
import { dbEnv } from "@/db/env";
import { findChromium } from "./lib/chromium";
import { scriptEnv } from "./lib/env";
import { bin, repoRoot } from "./lib/paths";

type Outcome = "passed" | "failed" | "skipped";
interface Stage {
  name: string;
  /** Returns a reason to skip (or, on CI, to fail), or null to run. */
  missing?: () => string | null;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

function loud(message: string): void {
  const bar = "!".repeat(72);
  console.log(`\n${bar}\n!! ${message}\n${bar}\n`);
}

function main(): number {
  const env = scriptEnv();
  const chromium = findChromium(env.CHROMIUM_PATH);
  const stages: Stage[] = [
    { name: "format", command: bin("prettier"), args: ["--check", "--log-level", "warn", "."] },
    { name: "typecheck", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
    { name: "lint", command: bin("eslint"), args: ["."] },
    {
      name: "unit",
      missing: () =>
        dbEnv().TEST_DATABASE_URL
          ? null
          : "TEST_DATABASE_URL is not set: the db suites run on PGlite only, not on PostgreSQL",
      command: bin("vitest"),
      args: ["run"],
    },
    {
      name: "e2e",
      missing: () =>
        chromium
          ? null
          : "no Chromium found (set CHROMIUM_PATH or apt-get install chromium): the Playwright suite cannot run",
      command: bin("playwright"),
      args: ["test"],
      env: chromium ? { ...process.env, CHROMIUM_PATH: chromium } : process.env,
    },
  ];

  const results: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const stage of stages) {
    const missing = stage.missing?.() ?? null;
    if (missing && env.CI) {
      loud(`FAIL (${stage.name}): ${missing}. On CI this is a failure, not a skip.`);
      results.failed++;
      break;
    }
    // A missing PostgreSQL only narrows the unit stage; a missing browser skips e2e.
    if (missing && stage.name === "e2e") {
      loud(`SKIPPED (${stage.name}): ${missing}.`);
      results.skipped++;
      continue;
    }
    if (missing) loud(`NOTE (${stage.name}): ${missing}.`);
    console.log(
      `\n=== ${stage.name}: ${[stage.command.replace(`${repoRoot}/`, ""), ...stage.args].join(" ")}`,
    );
    const run = spawnSync(stage.command, stage.args, {
      cwd: repoRoot,
      stdio: "inherit",
      env: stage.env ?? process.env,
    });
    if (run.status === 0) {
      results.passed++;
    } else {
      console.log(`\n=== ${stage.name} FAILED (exit ${run.status ?? run.signal})`);
      results.failed++;
      break;
    }
  }

  const summary =
    `${results.passed} passed, ${results.failed} failed` +
    (results.skipped ? `, ${results.skipped} skipped` : "");
  console.log(`\n${summary}`);
  return results.failed > 0 ? 1 : 0;
}

process.exit(main());
