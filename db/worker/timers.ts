/**
 * Due timers: claimed with `FOR UPDATE SKIP LOCKED` under a short lease, so
 * any number of workers share them, and fired through `fireTimer`, whose
 * transaction checks the row is still `scheduled` — a timer fires exactly
 * once even when two workers (or a worker and a retried job) reach it.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { systemActor } from "../services/actor";
import { fireTimer } from "../services/fire-timer";
import { queryRows } from "../sql";

/** Claims up to `limit` due timers whose lease is free; returns their ids, soonest first. */
export async function claimDueTimers(db: Db, limit: number, leaseMs: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update timers set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
        where id in (
          select id from timers
          where status = 'scheduled' and fire_at <= now() and (locked_until is null or locked_until < now())
          order by fire_at
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  return rows.map((r) => r.id);
}

/** Fires one timer; errors are logged and the lease lets another attempt happen later. */
export async function fireOne(
  db: Db,
  timerId: string,
  log: (m: string, e?: unknown) => void = console.error,
): Promise<boolean> {
  try {
    const out = await fireTimer(db, { actor: systemActor("worker"), input: { timerId } });
    return out.fired;
  } catch (error) {
    log(`timer ${timerId} failed to fire`, error);
    return false;
  }
}
