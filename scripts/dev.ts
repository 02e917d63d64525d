/** `npm run dev`: migrate (and seed a fresh database), then `next dev` on PORT (default 3000). */
import { scriptEnv } from "./lib/env";
import { formatDemoAccounts, prepareDb } from "./lib/prepare-db";
import { isPortFree, runNext } from "./lib/server";

async function main(): Promise<void> {
  const { PORT: port } = scriptEnv();
  if (!(await isPortFree(port))) {
    console.error(
      `Port ${port} is already in use. Stop what is using it, or choose another, e.g. PORT=${port + 1} npm run dev`,
    );
    process.exit(1);
  }
  const prepared = await prepareDb();
  if (prepared.demoAccounts && prepared.demoAccounts.length > 0) {
    console.log("\nDEMO DATA — demo accounts:\n");
    console.log(formatDemoAccounts(prepared.demoAccounts));
    console.log("");
  }
  runNext(["dev", "-p", String(port)], { ...process.env, PORT: String(port) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
