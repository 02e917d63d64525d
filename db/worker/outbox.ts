/**
 * Outbox rows: claimed with `FOR UPDATE SKIP LOCKED` (pending and due, or
 * `running` with a lapsed lease: its worker died), performed by the handler
 * of their kind, then `done`; a failure is retried with exponential backoff
 * and after `MAX_ATTEMPTS` becomes `failed` with an incident an operator can
 * retry (`retryIncident`).
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { incidents, outbox, type OutboxRow } from "../schema";
import { queryRows } from "../sql";
import { handlers } from "./handlers";

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Delay before attempt `attempts + 1`: 1 s, 2 s, 4 s … capped at 15 min. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Claims up to `limit` rows and marks them running under a lease; returns their ids. */
export async function claimOutbox(db: Db, limit: number, leaseMs: number): Promise<number[]> {
  const rows = await queryRows<{ id: number | string }>(
    db,
    sql`update outbox set status = 'running', attempts = attempts + 1,
          locked_until = now() + make_interval(secs => ${leaseMs / 1000})
        where id in (
          select id from outbox
          where (status = 'pending' and next_attempt_at <= now()) or (status = 'running' and locked_until < now())
          order by id
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  return rows.map((r) => Number(r.id));
}

/** Performs one claimed row and records the outcome. */
export async function runOutboxRow(
  db: Db,
  id: number,
  log: (m: string, e?: unknown) => void = console.error,
): Promise<void> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!row || row.status !== "running") return;
  const handler = handlers[row.kind];
  try {
    if (!handler) throw new Error(`no outbox handler for kind "${row.kind}"`);
    await handler({ db, row });
    await db
      .update(outbox)
      .set({ status: "done", doneAt: new Date(), lockedUntil: null, lastError: null })
      .where(eq(outbox.id, id));
  } catch (error) {
    await recordFailure(db, row, error);
    log(`outbox ${id} (${row.kind}) attempt ${row.attempts} failed`, error);
  }
}

async function recordFailure(db: Db, row: OutboxRow, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  if (row.attempts >= MAX_ATTEMPTS) {
    await db.transaction(async (tx) => {
      await tx
        .update(outbox)
        .set({ status: "failed", lastError: message, lockedUntil: null })
        .where(eq(outbox.id, row.id));
      await tx.insert(incidents).values({
        dossierId: row.dossierId,
        elementId: typeof row.payload.element === "string" ? row.payload.element : null,
        message: `${row.kind} failed ${row.attempts} times: ${message}`,
        details: { outboxId: row.id, kind: row.kind },
      });
    });
    return;
  }
  await db
    .update(outbox)
    .set({
      status: "pending",
      lastError: message,
      lockedUntil: null,
      nextAttemptAt: sql`now() + make_interval(secs => ${backoffMs(row.attempts) / 1000})`,
    })
    .where(eq(outbox.id, row.id));
}
