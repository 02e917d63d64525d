/**
 * Warm-up before a timed throughput phase: a long-running server has its
 * code optimised by the JIT, its caches filled and its statements prepared
 * on every pooled connection; a cold process measures none of that. Submits
 * `count` dossiers and completes their intake tasks, none of which are timed.
 */
import type { Db } from "@/db/client";
import type { Actor } from "@/db/services/actor";
import { completeTask } from "@/db/services/complete-task";
import { submitDossier } from "@/db/services/submit-dossier";
import { openTasks } from "@/db/store/tasks";
import { KHAI_SINH_DATA } from "@/db/store/test-support";
import { pool } from "./bench-client";

export interface WarmSetup {
  procedure: string;
  applicant: Actor;
  reception: Actor;
}

export async function warmUp(
  db: Db,
  s: WarmSetup,
  count: number,
  concurrency: number,
  tag: string,
): Promise<void> {
  const keys = Array.from({ length: count }, (_, i) => `warm-${tag}-${i}`);
  const ids: string[] = [];
  await pool(keys, concurrency, async (key) => {
    const d = await submitDossier(db, {
      actor: s.applicant,
      input: {
        procedure: s.procedure,
        jurisdiction: "HN-BD-PX",
        data: KHAI_SINH_DATA,
        idempotencyKey: key,
      },
    });
    ids.push(d.id);
  });
  await pool(ids, concurrency, async (id) => {
    for (const t of await openTasks(db, id)) {
      await completeTask(db, {
        actor: s.reception,
        input: { taskId: t.id, data: { decision: "approve" }, idempotencyKey: "warm" },
      });
    }
  });
}
