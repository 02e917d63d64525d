import "server-only";
import { getDb, type Db } from "@/db/client";
import { migrate } from "@/db/migrate";

// Kept on globalThis like getDb's handle, so dev-mode module reloads do not
// migrate again.
const globalForApp = globalThis as unknown as { __motCuaAppDb?: Promise<Db> };

/**
 * The process's database for server components and route handlers, with
 * migrations applied once per process (the start script has normally done
 * it already; this covers a bare `next dev`). A failure is not cached.
 */
export function appDb(): Promise<Db> {
  if (!globalForApp.__motCuaAppDb) {
    const ready = (async () => {
      const { db } = await getDb();
      await migrate(db);
      return db;
    })();
    ready.catch(() => {
      if (globalForApp.__motCuaAppDb === ready) globalForApp.__motCuaAppDb = undefined;
    });
    globalForApp.__motCuaAppDb = ready;
  }
  return globalForApp.__motCuaAppDb;
}
