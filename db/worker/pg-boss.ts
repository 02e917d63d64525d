/**
 * The PostgreSQL worker (`npm run worker`, ADR 0008): pg-boss 10 distributes
 * the work. Each process runs a pump that claims due timers and outbox rows
 * from our tables (`FOR UPDATE SKIP LOCKED`, under a lease) and sends one
 * job per row; pg-boss hands jobs to workers with SKIP LOCKED, and a job
 * held by a killed worker expires after `EXPIRE_S` and is retried by another
 * process (maintenance every `MAINTENANCE_S`): taken over well within 60 s.
 * A timer fires exactly once because `fireTimer` re-checks the row's status
 * in its transaction; outbox handlers are at-least-once and idempotent.
 */
import PgBoss from "pg-boss";
import type { Db } from "../client";
import type { RunningWorker } from "./in-process";
import { claimOutbox, runOutboxRow } from "./outbox";
import { PERIODIC_CRON, PERIODIC_QUEUE, runPeriodicOnce } from "./periodic";
import { claimDueTimers, fireOne } from "./timers";

export const TIMER_QUEUE = "motcua-timer";
export const OUTBOX_QUEUE = "motcua-outbox";
const EXPIRE_S = 20;
const MAINTENANCE_S = 5;
/** Our row lease while its job waits in pg-boss; past it (job lost) the pump sends again. */
const PUMP_LEASE_MS = 30_000;

export interface PgBossWorkerOptions {
  /** postgres:// URL of the database (the same one the app uses). */
  url: string;
  db: Db;
  /** Jobs fetched per poll and worked in parallel per queue. */
  batchSize?: number;
  pumpIntervalMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Starts pg-boss, the pump and the two queue workers in this process. */
export async function startPgBossWorker(
  o: PgBossWorkerOptions,
): Promise<RunningWorker & { boss: PgBoss }> {
  const log =
    o.log ?? ((m: string, e?: unknown) => console.error(`[worker ${process.pid}] ${m}`, e ?? ""));
  const batchSize = o.batchSize ?? 20;
  const boss = new PgBoss({
    connectionString: o.url,
    schema: "pgboss",
    max: 4,
    maintenanceIntervalSeconds: MAINTENANCE_S,
    monitorStateIntervalSeconds: 60,
  });
  boss.on("error", (e: unknown) => log("pg-boss error", e));
  await boss.start();
  for (const name of [TIMER_QUEUE, OUTBOX_QUEUE]) {
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, {
        name,
        retryLimit: 20,
        retryDelay: 1,
        retryBackoff: true,
        expireInSeconds: EXPIRE_S,
      });
    }
  }
  // The inbox's periodic jobs: pg-boss's cron sends one job per minute for all processes.
  if (!(await boss.getQueue(PERIODIC_QUEUE)))
    await boss.createQueue(PERIODIC_QUEUE, {
      name: PERIODIC_QUEUE,
      retryLimit: 0,
      expireInSeconds: 300,
    });
  await boss.schedule(PERIODIC_QUEUE, PERIODIC_CRON, {}, { tz: "Asia/Ho_Chi_Minh" });
  await boss.work(PERIODIC_QUEUE, async () => {
    await runPeriodicOnce(o.db, new Date(), log);
  });
  const work = { batchSize, pollingIntervalSeconds: 0.5 };
  const timerWorker = await boss.work<{ timerId: string }>(TIMER_QUEUE, work, async (jobs) => {
    await Promise.all(jobs.map((j) => fireOne(o.db, j.data.timerId, log)));
  });
  const outboxWorker = await boss.work<{ outboxId: number }>(OUTBOX_QUEUE, work, async (jobs) => {
    await Promise.all(jobs.map((j) => runOutboxRow(o.db, j.data.outboxId, log)));
  });

  let stopped = false;
  const pumpOnce = async (): Promise<number> => {
    const timerIds = await claimDueTimers(o.db, 200, PUMP_LEASE_MS);
    if (timerIds.length) {
      await boss.insert(timerIds.map((timerId) => ({ name: TIMER_QUEUE, data: { timerId } })));
      boss.notifyWorker(timerWorker);
    }
    const outboxIds = await claimOutbox(o.db, 200, PUMP_LEASE_MS);
    if (outboxIds.length) {
      await boss.insert(outboxIds.map((outboxId) => ({ name: OUTBOX_QUEUE, data: { outboxId } })));
      boss.notifyWorker(outboxWorker);
    }
    return timerIds.length + outboxIds.length;
  };
  const pump = (async () => {
    while (!stopped) {
      let n = 0;
      let wait = o.pumpIntervalMs ?? 250;
      try {
        n = await pumpOnce();
      } catch (error) {
        // A database that is down or not migrated yet: say why, and do not spin.
        log(
          `pump failed: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
        );
        wait = 5_000;
      }
      if (n === 0 && !stopped) await new Promise((r) => setTimeout(r, wait));
    }
  })();

  return {
    boss,
    async stop() {
      stopped = true;
      await pump;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
