/**
 * The periodic work: escalation of overdue tasks and the daily digest (the
 * inbox, issue #8), and the sweep of abandoned uploads (the portal). pg-boss schedules it once a minute across all PostgreSQL
 * workers; on PGlite the in-process worker runs it on an interval. Both jobs
 * are safe to run concurrently and repeatedly (see their files).
 */
import type { Db } from "../client";
import { sendDailyDigests } from "./digest";
import { escalateOverdueTasks } from "./escalation";
import { sweepAbandonedUploads } from "./sweep-uploads";

export const PERIODIC_QUEUE = "motcua-inbox-periodic";
/** Every minute: escalation is then at most a minute late. */
export const PERIODIC_CRON = "* * * * *";
export const PERIODIC_INTERVAL_MS = 60_000;

/** One run of every job; a failure of one does not stop the others. */
export async function runPeriodicOnce(
  db: Db,
  now: Date = new Date(),
  log: (m: string, e?: unknown) => void = console.error,
): Promise<{ escalated: number; digests: number; uploadsSwept: number }> {
  const [escalated, digests, swept] = await Promise.all([
    escalateOverdueTasks(db, { now }).catch((e: unknown) => (log("escalation failed", e), [])),
    sendDailyDigests(db, { now }).catch((e: unknown) => (log("daily digest failed", e), [])),
    sweepAbandonedUploads(db, { now, log }).catch(
      (e: unknown) => (log("upload sweep failed", e), []),
    ),
  ]);
  return { escalated: escalated.length, digests: digests.length, uploadsSwept: swept.length };
}
