/**
 * Store throughput: dossiers submitted per second and task completions per
 * second, through the real verbs with history, idempotency and outbox on.
 * Birth registration (workflows/dang-ky-khai-sinh): the start form is
 * validated, the intake task opened; then each intake task is completed.
 */
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

export interface Throughput {
  submitted: number;
  submitsPerSecond: number;
  completionsPerSecond: number;
  concurrency: number;
}

async function pool<T>(
  items: T[],
  concurrency: number,
  run: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

/** Runs `n` submissions then `n` completions with `concurrency` clients on a fresh, migrated database. */
export async function measureThroughput(
  db: Db,
  n: number,
  concurrency: number,
): Promise<Throughput> {
  await setupOrganisation(db);
  const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
  const procedure = await publishRaw(db, bpmn, forms);
  const applicant = await citizen(db);
  const reception: Actor = await official(db, "HN-BD-PX", ["reception"]);
  // Warm-up: compile and cache the procedure, the organisation and the calendar.
  await submitDossier(db, {
    actor: applicant,
    input: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: "warm" },
  });

  const keys = Array.from({ length: n }, (_, i) => `b${i}`);
  let t0 = performance.now();
  await pool(keys, concurrency, (k) =>
    submitDossier(db, {
      actor: applicant,
      input: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: k },
    }),
  );
  const submitSeconds = (performance.now() - t0) / 1000;

  const open = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.elementId, "Task_Reception"), eq(tasks.state, "open")));
  t0 = performance.now();
  await pool(open, concurrency, (t) =>
    completeTask(db, {
      actor: reception,
      input: { taskId: t.id, data: { decision: "approve" }, idempotencyKey: "c" },
    }),
  );
  const completeSeconds = (performance.now() - t0) / 1000;
  return {
    submitted: n,
    submitsPerSecond: Math.round(n / submitSeconds),
    completionsPerSecond: Math.round(open.length / completeSeconds),
    concurrency,
  };
}
