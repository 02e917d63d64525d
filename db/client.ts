/**
 * The database client factory (DESIGN.md §5, ADR 0004).
 *
 * One schema, two drivers: embedded PGlite (files in `./.data/pglite`, or in
 * memory for tests) when no URL is given, postgres.js for a real PostgreSQL.
 * Both are returned as the common drizzle base type `Db`, so every query and
 * transaction is written once.
 *
 * PGlite is single-process: two processes must never open one data
 * directory (it corrupts). `createDb` takes a lock file next to the
 * directory and refuses to open a directory another live process holds.
 */
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { dbEnv } from "./env";
import { acquireDirLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A drizzle database on either driver. A transaction (`Tx`) is also a `Db`. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Driver = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  driver: Driver;
  /** Closes the connection(s) and releases the PGlite directory lock. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** `postgres://…`: use postgres.js. Wins over `dataDir`. */
  url?: string;
  /** PGlite data directory, or `memory://` for a throw-away in-memory database. Default `./.data/pglite`. */
  dataDir?: string;
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

/** Default embedded data directory, relative to the process's working directory (the repo root under Next). */
export function defaultPgliteDir(): string {
  return path.join(process.cwd(), ".data", "pglite");
}

/** Opens a database. The caller owns the handle and must `close()` it. */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return openPglite(options.dataDir ?? defaultPgliteDir());
}

function openPostgres(url: string, max: number): DbHandle {
  // Notices ("relation already exists, skipping" from the migrator) are noise, not errors.
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema });
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  if (dataDir.startsWith("memory://")) {
    const client = await PGlite.create(dataDir);
    return { db: drizzlePglite({ client, schema }), driver: "pglite", close: () => client.close() };
  }
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = acquireDirLock(dir);
  try {
    const client = await PGlite.create(dir);
    return {
      db: drizzlePglite({ client, schema }),
      driver: "pglite",
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// Kept on globalThis so Next's dev-mode module reloads reuse the one handle
// instead of opening the PGlite directory a second time.
const globalForDb = globalThis as unknown as { __motCuaDb?: Promise<DbHandle> };

/**
 * The process-wide database: PostgreSQL when `DATABASE_URL` is set, else the
 * embedded PGlite in `PGLITE_DIR` (default `./.data/pglite`). Opened on first
 * call. It does not migrate: the start script runs `migrate` (and `seed`)
 * before the web server starts.
 */
export function getDb(): Promise<DbHandle> {
  if (!globalForDb.__motCuaDb) {
    const env = dbEnv();
    const opening = createDb({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
    // A failed open must not be cached forever: the next call retries.
    opening.catch(() => {
      if (globalForDb.__motCuaDb === opening) globalForDb.__motCuaDb = undefined;
    });
    globalForDb.__motCuaDb = opening;
  }
  return globalForDb.__motCuaDb;
}

/** Closes the process-wide database opened by `getDb()` (scripts, graceful shutdown). */
export async function closeDb(): Promise<void> {
  const opening = globalForDb.__motCuaDb;
  globalForDb.__motCuaDb = undefined;
  if (opening) await (await opening).close();
}
