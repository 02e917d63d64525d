/**
 * The server for the API black-box suite (issue 9): a production build
 * served by `next start` on API_E2E_PORT (3211) over a fresh, migrated,
 * EMPTY PostgreSQL database on TEST_DATABASE_URL's server, with one
 * `npm run worker` process beside it — the shape of a real deployment. The
 * tests create the organisation themselves through the API, as the first
 * administrator (BOOTSTRAP_ADMIN). The database is dropped on exit.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freshPostgresDb } from "../db/testing";
import { buildIfStale } from "../scripts/lib/build";
import { isPortFree, runNext } from "../scripts/lib/server";
import { apiE2ePort, API_E2E_ADMIN } from "./port";

async function start(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("serve-pg needs TEST_DATABASE_URL");
  if (!(await isPortFree(apiE2ePort))) throw new Error(`port ${apiE2ePort} is already in use`);
  buildIfStale();
  const fresh = await freshPostgresDb(adminUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: fresh.url,
    PGLITE_DIR: "",
    PORT: String(apiE2ePort),
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    BOOTSTRAP_ADMIN: `${API_E2E_ADMIN.username}:${API_E2E_ADMIN.password}`,
  };
  const worker = spawn(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/worker.ts"],
    { env, stdio: "inherit" },
  );
  runNext(["start", "-p", String(apiE2ePort)], env, async () => {
    if (worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.kill("SIGTERM");
      await exited;
    }
    await fresh.close();
  });
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
