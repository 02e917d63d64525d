/**
 * Store benchmarks (issue 4; docs/benchmarks.md "Store"), each part in one
 * run so the ratios hold on a noisy machine:
 *  - dossiers submitted/s and task completions/s (history on) on PostgreSQL
 *    from one process and from one client process per core, and on PGlite,
 *    next to pgbench TPC-B tps on the same server; then both again with the
 *    server on CPUs of its own and the clients on the others (`bench-cpus.ts`,
 *    where the server is local and may be pinned), at 8 and 16 clients, each
 *    side judged at its peak (ADR 0013);
 *  - timer-firing lag p50/p99 with a pg-boss worker;
 *  - inbox latency p50/p95/p99 over 1,000,000 tasks / 100,000 dossiers.
 * Every PostgreSQL part runs in a scratch database that is dropped after.
 * Run alone: `TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench-store.ts`
 * (`--small` for a quick pass, `--throughput` for the throughput parts only).
 */
import { availableParallelism } from "node:os";
import { createDb } from "@/db/client";
import { dbEnv } from "@/db/env";
import { migrate } from "@/db/migrate";
import { setupOrganisation } from "@/db/store/test-support";
import { freshPostgresDb } from "@/db/testing";
import { measureInbox, type InboxLatency } from "./lib/bench-inbox";
import { onDedicatedCpus, type CpuSplit } from "./lib/bench-cpus";
import { pgbenchTps } from "./lib/bench-pgbench";
import {
  measureThroughput,
  measureThroughputProcesses,
  type Throughput,
} from "./lib/bench-throughput";
import { measureTimerLag, type TimerLag } from "./lib/bench-timer-lag";

export interface StoreBenchOptions {
  /** Admin URL of a PostgreSQL server where the bench may create and drop databases. */
  adminUrl: string;
  dossiers?: number;
  concurrency?: number;
  /** Client processes for the scale-out run (default: one per core). */
  processes?: number;
  /** Only the throughput parts (no timer lag, no inbox). */
  throughputOnly?: boolean;
  inboxDossiers?: number;
  inboxTasks?: number;
  timers?: number;
  pgbenchSeconds?: number;
}

/** One client count with the server on its own CPUs: TPC-B, then the one-process run. */
export interface DedicatedStep {
  clients: number;
  pgbenchTps: number;
  postgres: Throughput;
}

/**
 * The server on its own CPUs at `concurrency` and twice as many clients. Each side is judged
 * at its peak: pgbench's client is negligible, so TPC-B saturates the server at the lower
 * count, while Node is a second stage in the loop and needs more requests in flight to keep
 * the server busy, as many officials and citizens do (ADR 0013).
 */
export interface DedicatedRun {
  split: CpuSplit;
  steps: DedicatedStep[];
  peakTps: number;
  submitRatio: number;
  completeRatio: number;
}

export interface StoreBenchResult {
  postgres: Throughput;
  /** The same with one client process per core. */
  postgresProcesses: Throughput;
  pglite: Throughput;
  pgbenchTps: number;
  submitRatio: number;
  completeRatio: number;
  processesSubmitRatio: number;
  processesCompleteRatio: number;
  /** The same with the server on CPUs of its own, or why that was skipped. */
  dedicated: DedicatedRun | { skipped: string };
  timerLag?: TimerLag;
  inbox?: InboxLatency;
}

/** Runs `run` on a fresh, migrated scratch database of the server at `adminUrl`, dropped after. */
async function onFreshDb<T>(
  adminUrl: string,
  run: (handle: Awaited<ReturnType<typeof freshPostgresDb>>) => Promise<T>,
): Promise<T> {
  const handle = await freshPostgresDb(adminUrl);
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

/** Runs every store benchmark and returns the figures. */
export async function runStoreBench(o: StoreBenchOptions): Promise<StoreBenchResult> {
  const n = o.dossiers ?? 6000;
  const concurrency = o.concurrency ?? 8;
  const tps = await pgbenchTps(o.adminUrl, concurrency, o.pgbenchSeconds ?? 10);

  const postgres = await onFreshDb(o.adminUrl, (pg) => measureThroughput(pg.db, n, concurrency));
  const postgresProcesses = await onFreshDb(o.adminUrl, (pg) =>
    measureThroughputProcesses(
      pg.db,
      pg.url,
      n,
      concurrency,
      o.processes ?? availableParallelism(),
    ),
  );
  const lite = await createDb({ dataDir: "memory://" });
  let pglite: Throughput;
  try {
    await migrate(lite.db);
    pglite = await measureThroughput(lite.db, Math.min(n, 500), 1);
  } finally {
    await lite.close();
  }

  const ratio = (x: number, of = tps) => Math.round((x / of) * 100) / 100;
  const pinned = await onDedicatedCpus(o.adminUrl, async (split): Promise<DedicatedRun> => {
    const steps: DedicatedStep[] = [];
    for (const clients of [concurrency, concurrency * 2]) {
      const tpsThere = await pgbenchTps(o.adminUrl, clients, o.pgbenchSeconds ?? 10, split.client);
      const postgresThere = await onFreshDb(o.adminUrl, (pg) =>
        measureThroughput(pg.db, n, clients),
      );
      steps.push({ clients, pgbenchTps: tpsThere, postgres: postgresThere });
    }
    const peak = (f: (s: DedicatedStep) => number) => Math.max(...steps.map(f));
    const peakTps = peak((s) => s.pgbenchTps);
    return {
      split,
      steps,
      peakTps,
      submitRatio: ratio(
        peak((s) => s.postgres.submitsPerSecond),
        peakTps,
      ),
      completeRatio: ratio(
        peak((s) => s.postgres.completionsPerSecond),
        peakTps,
      ),
    };
  });
  const throughput = {
    postgres,
    postgresProcesses,
    pglite,
    pgbenchTps: tps,
    submitRatio: ratio(postgres.submitsPerSecond),
    completeRatio: ratio(postgres.completionsPerSecond),
    processesSubmitRatio: ratio(postgresProcesses.submitsPerSecond),
    processesCompleteRatio: ratio(postgresProcesses.completionsPerSecond),
    dedicated: "skipped" in pinned ? pinned : pinned.value,
  };
  if (o.throughputOnly) return throughput;

  const timerLag = await onFreshDb(o.adminUrl, async (pg) => {
    await setupOrganisation(pg.db);
    return measureTimerLag(pg.db, pg.url, o.timers ?? 300, 10_000);
  });
  const inbox = await onFreshDb(o.adminUrl, async (pg) => {
    await setupOrganisation(pg.db);
    return measureInbox(pg.db, o.inboxDossiers ?? 100_000, o.inboxTasks ?? 1_000_000, 500);
  });
  return { ...throughput, timerLag, inbox };
}

/** Prints the figures as docs/benchmarks.md reports them. */
export function printStoreBench(r: StoreBenchResult): void {
  const t = (name: string, x: Throughput) =>
    console.log(
      `  ${name.padEnd(10)} ${String(x.submitsPerSecond).padStart(6)} submits/s  ${String(x.completionsPerSecond).padStart(6)} completions/s  (${x.submitted} dossiers, ${x.concurrency} clients in ${x.processes} process${x.processes === 1 ? "" : "es"})`,
    );
  console.log(`\nStore: birth registration through the verbs, history + outbox + idempotency on`);
  t("PostgreSQL", r.postgres);
  t("PostgreSQL", r.postgresProcesses);
  t("PGlite", r.pglite);
  console.log(
    `  pgbench TPC-B ${r.pgbenchTps} tps → ratio submits ${r.submitRatio}, completions ${r.completeRatio}; with ${r.postgresProcesses.processes} processes ${r.processesSubmitRatio}, ${r.processesCompleteRatio} (goal ≥ 0.5)`,
  );
  const d = r.dedicated;
  if ("skipped" in d) console.log(`  server on its own CPUs: skipped (${d.skipped})`);
  else {
    console.log(`  server on CPU ${d.split.server}, clients on CPU ${d.split.client}:`);
    for (const step of d.steps) {
      t("PostgreSQL", step.postgres);
      console.log(`  pgbench TPC-B ${step.pgbenchTps} tps with ${step.clients} clients`);
    }
    console.log(
      `  peaks → ratio submits ${d.submitRatio}, completions ${d.completeRatio} to TPC-B ${d.peakTps} tps (goal ≥ 0.5)`,
    );
  }
  if (r.timerLag) {
    console.log(
      `  timer lag    p50 ${r.timerLag.p50Ms} ms, p99 ${r.timerLag.p99Ms} ms, max ${r.timerLag.maxMs} ms over ${r.timerLag.timers} timers (goal p99 ≤ 2000 ms)`,
    );
  }
  const i = r.inbox;
  if (i) {
    console.log(
      `  inbox        p50 ${i.p50Ms} ms, p95 ${i.p95Ms} ms, p99 ${i.p99Ms} ms over ${i.queries} queries; ${i.tasks} tasks / ${i.dossiers} dossiers seeded in ${i.seedSeconds} s (goal p95 ≤ 20 ms)`,
    );
  }
  console.log(`\n${JSON.stringify({ store: r })}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = dbEnv();
  const adminUrl = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!adminUrl) {
    console.error(
      "set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL URL where databases may be created",
    );
    process.exit(2);
  }
  const small = process.argv.includes("--small");
  const throughputOnly = process.argv.includes("--throughput");
  printStoreBench(
    await runStoreBench(
      small
        ? {
            adminUrl,
            throughputOnly,
            dossiers: 100,
            inboxDossiers: 10_000,
            inboxTasks: 100_000,
            timers: 50,
            pgbenchSeconds: 3,
          }
        : { adminUrl, throughputOnly },
    ),
  );
  process.exit(0);
}
