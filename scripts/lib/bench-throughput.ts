/**
 * Store throughput: dossiers submitted per second and task completions per
 * second, through the real verbs with history, idempotency and outbox on.
 * Birth registration (workflows/dang-ky-khai-sinh): the start form is
 * validated, the intake task opened; then each intake task is completed.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tasks } from "@/db/schema";
import type { Actor } from "@/db/services/actor";
import { completeTask } from "@/db/services/complete-task";
import { submitDossier } from "@/db/services/submit-dossier";
import {
  citizen,
  KHAI_SINH_DATA,
  official,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "@/db/store/test-support";
import { pool, type ClientBatch, type ClientSetup } from "./bench-client";
import { warmUp } from "./bench-warm";

export interface Throughput {
  submitted: number;
  submitsPerSecond: number;
  completionsPerSecond: number;
  /** Clients in all (callers with a command in flight). */
  concurrency: number;
  /** Node processes the clients ran in, each with its own connection pool. */
  processes: number;
}

/** The database prepared for a run: organisation, procedure, a citizen and a reception official. */
async function prepare(db: Db) {
  await setupOrganisation(db);
  const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
  const procedure = await publishRaw(db, bpmn, forms);
  const applicant = await citizen(db);
  const reception: Actor = await official(db, "HN-BD-PX", ["reception"]);
  return { procedure, applicant, reception };
}

/** Untimed dossiers before the timed phases: a fifth of the run, at most 400. */
const warmCount = (n: number) => Math.min(400, Math.ceil(n / 5));

/** The open intake tasks, completed in the second phase. */
async function openIntake(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.elementId, "Task_Reception"), eq(tasks.state, "open")));
  return rows.map((r) => r.id);
}

/** Runs `n` submissions then `n` completions with `concurrency` clients on a fresh, migrated database. */
export async function measureThroughput(
  db: Db,
  n: number,
  concurrency: number,
): Promise<Throughput> {
  const { procedure, applicant, reception } = await prepare(db);
  await warmUp(db, { procedure, applicant, reception }, warmCount(n), concurrency, "1");

  const keys = Array.from({ length: n }, (_, i) => `b${i}`);
  let t0 = performance.now();
  await pool(keys, concurrency, (k) =>
    submitDossier(db, {
      actor: applicant,
      input: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: k },
    }),
  );
  const submitSeconds = (performance.now() - t0) / 1000;

  const open = await openIntake(db);
  t0 = performance.now();
  await pool(open, concurrency, (taskId) =>
    completeTask(db, {
      actor: reception,
      input: { taskId, data: { decision: "approve" }, idempotencyKey: "c" },
    }),
  );
  const completeSeconds = (performance.now() - t0) / 1000;
  return {
    submitted: n,
    submitsPerSecond: Math.round(n / submitSeconds),
    completionsPerSecond: Math.round(open.length / completeSeconds),
    concurrency,
    processes: 1,
  };
}

/**
 * The same run with `processes` client processes (scripts/lib/bench-client.ts),
 * `concurrency` clients in all, split evenly; PostgreSQL only (PGlite is
 * single-process). Each phase is timed from the go to the last answer.
 */
export async function measureThroughputProcesses(
  db: Db,
  url: string,
  n: number,
  concurrency: number,
  processes: number,
): Promise<Throughput> {
  const { procedure, applicant, reception } = await prepare(db);
  const children = await Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const setup: ClientSetup = {
        url,
        concurrency: Math.max(1, Math.round(concurrency / processes)),
        procedure,
        applicant,
        reception,
        tag: String(i),
        warmUp: Math.ceil(warmCount(n) / processes),
      };
      const child = fork(fileURLToPath(new URL("./bench-client.ts", import.meta.url)), [
        JSON.stringify(setup),
      ]);
      return new Promise<ChildProcess>((resolve, reject) => {
        child.once("message", () => resolve(child));
        child.once("exit", (code) => reject(new Error(`bench client exited with ${code}`)));
      });
    }),
  );
  const phase = async (batches: ClientBatch[]): Promise<number> => {
    const t0 = performance.now();
    await Promise.all(
      children.map(
        (child, i) =>
          new Promise<void>((resolve) => {
            child.once("message", () => resolve());
            child.send(batches[i]!);
          }),
      ),
    );
    return (performance.now() - t0) / 1000;
  };
  const share = <T>(items: T[], i: number) => items.filter((_, k) => k % processes === i);
  try {
    const keys = Array.from({ length: n }, (_, i) => `p${i}`);
    const submitSeconds = await phase(children.map((_, i) => ({ submit: share(keys, i) })));
    const open = await openIntake(db);
    const completeSeconds = await phase(children.map((_, i) => ({ complete: share(open, i) })));
    return {
      submitted: n,
      submitsPerSecond: Math.round(n / submitSeconds),
      completionsPerSecond: Math.round(open.length / completeSeconds),
      concurrency,
      processes,
    };
  } finally {
    for (const child of children) {
      child.removeAllListeners("exit");
      child.send({ stop: true } satisfies ClientBatch);
    }
    await Promise.all(
      children.map((c) => (c.exitCode === null ? once(c, "exit") : Promise.resolve())),
    );
  }
}
