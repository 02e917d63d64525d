/**
 * Applies the committed drizzle-kit migrations (`db/migrations`) with the
 * migrator that matches the driver. Idempotent: applied migrations are
 * recorded in `drizzle.__drizzle_migrations` and skipped.
 */
import { is } from "drizzle-orm";
import { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import type { Db, Schema } from "./client";

/**
 * Where the migrations are. `process.cwd()` is the repo root for npm
 * scripts, tsx and Next's server alike, whereas `import.meta.url` points into
 * `.next/` once Next has bundled this module.
 */
export function migrationsFolder(): string {
  return path.join(process.cwd(), "db", "migrations");
}

/** Brings the schema of `db` up to date. `folder` overrides the migrations folder. */
export async function migrate(db: Db, folder: string = migrationsFolder()): Promise<void> {
  const config = { migrationsFolder: folder };
  if (is(db, PgliteDatabase)) {
    await migratePglite(db as PgliteDatabase<Schema>, config);
  } else if (is(db, PostgresJsDatabase)) {
    await migratePostgres(db as PostgresJsDatabase<Schema>, config);
  } else {
    throw new Error("migrate: unsupported drizzle driver (expected PGlite or postgres.js)");
  }
}
