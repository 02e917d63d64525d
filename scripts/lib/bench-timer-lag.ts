/**
 * Timer-firing lag: timers falling due over a few seconds are fired by a
 * pg-boss worker running in this process; lag = fired_at − fire_at.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { timers } from "@/db/schema";
import { submitDossier } from "@/db/services/submit-dossier";
import { citizen, publishRaw } from "@/db/store/test-support";
import { timerBpmn } from "@/db/test-fixtures/store-bpmn";
import { startPgBossWorker } from "@/db/worker/pg-boss";
import { percentile } from "./bench-stats";

export interface TimerLag {
  timers: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Schedules `n` timers due over `spreadMs` from now, runs a worker until all fired. Org must be set up. */
export async function measureTimerLag(
  db: Db,
  url: string,
  n: number,
  spreadMs: number,
): Promise<TimerLag> {
  await publishRaw(db, timerBpmn("PT1H"), []);
  const actor = await citizen(db);
  const start = Date.now() + 3_000;
  for (let i = 0; i < n; i++) {
    // Submitted "an hour before" its due time, so the PT1H boundary timer falls due at start + offset.
    const now = new Date(start + (spreadMs * i) / n - 3600_000);
    await submitDossier(db, {
      actor,
      now,
      input: {
        procedure: "Store_Timer",
        jurisdiction: "HN-BD-PX",
        data: {},
        idempotencyKey: `lag${i}`,
      },
    });
  }
  const worker = await startPgBossWorker({ url, db, log: () => {} });
  try {
    const deadline = Date.now() + spreadMs + 60_000;
    for (;;) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(timers)
        .where(eq(timers.status, "scheduled"));
      if (Number(row!.n) === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await worker.stop();
  }
  const rows = await db
    .select({ fireAt: timers.fireAt, firedAt: timers.firedAt })
    .from(timers)
    .where(eq(timers.status, "fired"));
  const lags = rows
    .map((r) => Math.max(0, (r.firedAt?.getTime() ?? Infinity) - r.fireAt.getTime()))
    .sort((a, b) => a - b);
  return {
    timers: lags.length,
    p50Ms: percentile(lags, 50),
    p99Ms: percentile(lags, 99),
    maxMs: lags.at(-1) ?? 0,
  };
}
