/**
 * `npm run worker`: one timer/outbox worker process on PostgreSQL (ADR 0008).
 * Run as many copies as you like; they share the work through pg-boss and
 * SKIP LOCKED. On the embedded PGlite default no second process may open the
 * database: the web process runs `startInProcessWorker` instead.
 */
import { createDb } from "@/db/client";
import { dbEnv } from "@/db/env";
import { startPgBossWorker } from "@/db/worker/pg-boss";

const url = dbEnv().DATABASE_URL;
if (!url) {
  console.error(
    "npm run worker needs DATABASE_URL=postgres://…; with the embedded PGlite database the web server runs the worker in-process.",
  );
  process.exit(2);
}
const handle = await createDb({ url, maxConnections: 10 });
const worker = await startPgBossWorker({ url, db: handle.db });
console.log(`worker ${process.pid} started`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`worker ${process.pid}: ${signal}, finishing the current jobs`);
  await worker.stop();
  await handle.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
