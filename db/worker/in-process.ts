/**
 * The in-process worker (ADR 0008): on the embedded PGlite default no second
 * process may open the database, so the web process itself works due timers
 * and the outbox with the same SKIP LOCKED claims the PostgreSQL workers use.
 */
import type { Db } from "../client";
import { claimOutbox, runOutboxRow } from "./outbox";
import { PERIODIC_INTERVAL_MS, runPeriodicOnce } from "./periodic";
import { claimDueTimers, fireOne } from "./timers";

export interface WorkerOptions {
  /** Pause between polls when there was nothing to do (ms). */
  intervalMs?: number;
  batchSize?: number;
  /** How long a claimed row stays with this worker before another may take it (ms). */
  leaseMs?: number;
  log?: (message: string, error?: unknown) => void;
  /** Pause between runs of the periodic inbox jobs (escalation, digest), ms; 0 = never. */
  periodicMs?: number;
}

/** One pass: fire due timers, then perform due outbox rows. Returns how many items were handled. */
export async function runWorkerOnce(db: Db, options: WorkerOptions = {}): Promise<number> {
  const batch = options.batchSize ?? 50;
  const lease = options.leaseMs ?? 30_000;
  const timerIds = await claimDueTimers(db, batch, lease);
  for (const id of timerIds) await fireOne(db, id, options.log);
  const rows = await claimOutbox(db, batch, lease);
  for (const id of rows) await runOutboxRow(db, id, options.log);
  return timerIds.length + rows.length;
}

/** Runs until everything due is done (tests, scripts). */
export async function drain(db: Db, options: WorkerOptions = {}, maxPasses = 100): Promise<void> {
  for (let i = 0; i < maxPasses; i++) if ((await runWorkerOnce(db, options)) === 0) return;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Starts the polling loop in this process; `stop()` waits for the current pass to end. */
export function startInProcessWorker(db: Db, options: WorkerOptions = {}): RunningWorker {
  const interval = options.intervalMs ?? 500;
  const log = options.log ?? ((m: string, e?: unknown) => console.error(`[worker] ${m}`, e ?? ""));
  let stopped = false;
  const periodicMs = options.periodicMs ?? PERIODIC_INTERVAL_MS;
  let periodicRun: Promise<unknown> = Promise.resolve();
  const tick = () => {
    periodicRun = runPeriodicOnce(db, new Date(), log).catch((e: unknown) => log("periodic", e));
  };
  const periodic = periodicMs > 0 ? setInterval(tick, periodicMs) : null;
  periodic?.unref();
  if (periodic) tick();
  const loop = (async () => {
    while (!stopped) {
      let handled = 0;
      try {
        handled = await runWorkerOnce(db, { ...options, log });
      } catch (error) {
        log("pass failed", error);
      }
      if (handled === 0 && !stopped) await new Promise((r) => setTimeout(r, interval));
    }
  })();
  return {
    async stop() {
      stopped = true;
      if (periodic) clearInterval(periodic);
      await loop;
      await periodicRun;
    },
  };
}
