import "server-only";
import { getDb, type Db } from "@/db/client";
import { migrate } from "@/db/migrate";
import { startInProcessWorker } from "@/db/worker/in-process";

// Kept on globalThis like getDb's handle, so dev-mode module reloads do not
// migrate again.
const globalForApp = globalThis as unknown as {
  __motCuaAppDb?: Promise<Db>;
  __motCuaWorker?: boolean;
};

/**
 * The process's database for server components and route handlers, with
 * migrations applied once per process (the start script has normally done
 * it already; this covers a bare `next dev`). A failure is not cached.
 * On the embedded PGlite no other process may open the database, so timers
 * and the outbox are worked here, in-process; on PostgreSQL `npm run worker`
 * processes do it.
 */
export function appDb(): Promise<Db> {
  if (!globalForApp.__motCuaAppDb) {
    const ready = (async () => {
      const { db, driver } = await getDb();
      await migrate(db);
      if (driver === "pglite" && !globalForApp.__motCuaWorker) {
        globalForApp.__motCuaWorker = true;
        startInProcessWorker(db);
      }
      return db;
    })();
    ready.catch(() => {
      if (globalForApp.__motCuaAppDb === ready) globalForApp.__motCuaAppDb = undefined;
    });
    globalForApp.__motCuaAppDb = ready;
  }
  return globalForApp.__motCuaAppDb;
}
