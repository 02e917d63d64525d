/**
 * Idempotent commands (DESIGN.md §4): the first result of a command is kept
 * per (scope, key) in the command's own transaction; a repeat returns it and
 * changes nothing. Two racing first attempts: the loser's insert hits the
 * primary key, its transaction rolls back, and it returns the winner's row.
 */
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { idempotencyKeys } from "../schema";
import { ServiceError } from "../services/errors";
import { isUniqueViolation } from "../sql";

/** The stored result of an earlier run of the command, if any. */
export async function priorResult<T>(db: Db, scope: string, key: string): Promise<T | undefined> {
  const [row] = await db
    .select({ result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  return row ? (row.result as T) : undefined;
}

/** Records the command's result in its transaction. */
export async function recordResult(
  tx: Tx,
  scope: string,
  key: string,
  result: unknown,
): Promise<void> {
  await tx.insert(idempotencyKeys).values({ scope, key, result });
}

/**
 * Runs `run` once per (scope, key): returns an earlier result when there is
 * one, and on a race lost to the same key the winner's result. Without the
 * pre-read, a first run costs no extra query: a repeat is found when `run`
 * fails — by the key's primary key, or by a refusal `lookUpOn` accepts (a
 * twin that committed first makes a task closed, a version stale).
 */
export async function once<T>(
  db: Db,
  scope: string,
  key: string | undefined,
  run: () => Promise<T>,
  /** false when `run` checks for a prior result itself, or records its result with a plain insert (saves a query). */
  preRead = true,
  lookUpOn: (error: unknown) => boolean = () => false,
): Promise<T> {
  if (key === undefined) return run();
  if (preRead) {
    const prior = await priorResult<T>(db, scope, key);
    if (prior !== undefined) return prior;
  }
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error) || lookUpOn(error)) {
      const winner = await priorResult<T>(db, scope, key);
      if (winner !== undefined) return winner;
    }
    throw error;
  }
}

/** Refusals a committed twin may cause; an unauthorised actor is never handed the twin's result. */
export function twinMayExplain(error: unknown): boolean {
  return error instanceof ServiceError && error.code !== "FORBIDDEN";
}
