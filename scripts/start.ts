/**
 * `npm start`: build if needed, migrate (and seed a fresh database), then run
 * the production server on PORT (default 3000).
 */
import { buildIfStale } from "./lib/build";
import { scriptEnv } from "./lib/env";
import { formatDemoAccounts, prepareDb } from "./lib/prepare-db";
import { isPortFree, runNext, waitForPort } from "./lib/server";

async function main(): Promise<void> {
  const { PORT: port } = scriptEnv();
  if (!(await isPortFree(port))) {
    console.error(
      `Port ${port} is already in use. Stop what is using it, or choose another, e.g. PORT=${port + 1} npm start`,
    );
    process.exit(1);
  }
  buildIfStale();
  // Migrate and seed here, then close the database before Next opens it.
  const prepared = await prepareDb();
  runNext(["start", "-p", String(port)], { ...process.env, PORT: String(port) });
  await waitForPort(port);
  console.log(`\nMột Cửa is running at http://localhost:${port}  (database: ${prepared.driver})`);
  if (prepared.demoAccounts && prepared.demoAccounts.length > 0) {
    console.log("\nDEMO DATA — demo accounts (never use on a real deployment):\n");
    console.log(formatDemoAccounts(prepared.demoAccounts));
  }
  console.log("\nPress Ctrl+C to stop.\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
