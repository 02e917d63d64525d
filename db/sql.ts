/**
 * Helpers that hide the two drivers' differences for raw SQL: postgres.js
 * returns rows as an array, PGlite as `{ rows }`; drizzle wraps driver
 * errors in `DrizzleQueryError` with the driver's error as `cause`.
 */
import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/** Runs a raw (parameterised) `sql\`…\`` query and returns its rows on either driver. */
export async function queryRows<T extends Record<string, unknown>>(
  db: Db,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

interface PostgresJsClient {
  unsafe(query: string, params: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
}

interface PgliteClient {
  query(query: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * A statement given as text and `$n` parameters (`db/store/sql-text.ts`),
 * run as a named prepared statement on postgres.js: parsed and planned once
 * per connection. drizzle's `execute` sends every statement unnamed
 * (`prepare: false`), so PostgreSQL parses, analyses and plans it on each
 * call — for the commands' one-statement writes, a large share of
 * PostgreSQL's work (docs/benchmarks.md "Store"). Only for statements whose
 * text comes from a bounded set of shapes: each is kept per connection.
 * PGlite runs in-process and runs it as is.
 */
export async function queryTextPrepared<T extends Record<string, unknown>>(
  db: Db,
  { text, params }: { text: string; params: unknown[] },
): Promise<T[]> {
  const client = (db._.session as unknown as { client?: Partial<PostgresJsClient & PgliteClient> })
    .client;
  if (typeof client?.unsafe === "function")
    return (await client.unsafe(text, params, { prepare: true })) as T[];
  if (typeof client?.query === "function") return (await client.query(text, params)).rows as T[];
  throw new Error("unknown database driver");
}

/** The PostgreSQL error of a failed query, on either driver: SQLSTATE `code`, `message`, `constraint`. */
export function pgError(
  error: unknown,
): { code: string; message: string; constraint?: string } | null {
  for (
    let e: unknown = error, depth = 0;
    e && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const candidate = e as {
      code?: unknown;
      message?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
    };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const constraint = candidate.constraint ?? candidate.constraint_name;
      return {
        code: candidate.code,
        message: String(candidate.message ?? ""),
        ...(typeof constraint === "string" ? { constraint } : {}),
      };
    }
  }
  return null;
}

/** SQLSTATE 23505: a unique constraint refused the row. */
export function isUniqueViolation(error: unknown): boolean {
  return pgError(error)?.code === "23505";
}
