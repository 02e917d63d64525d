/**
 * One client process of the multi-process store throughput run
 * (`measureThroughputProcesses`): web processes are stateless, so the store
 * scales out by running more of them. It opens its own connection pool,
 * warms its caches, then runs the batches its parent sends over IPC:
 * `{ submit: keys }` or `{ complete: taskIds }`, answering `{ done: n }`.
 */
import { createDb } from "@/db/client";
import type { Actor } from "@/db/services/actor";
import { completeTask } from "@/db/services/complete-task";
import { submitDossier } from "@/db/services/submit-dossier";
import { KHAI_SINH_DATA } from "@/db/store/test-support";
import { warmUp } from "./bench-warm";

export interface ClientSetup {
  url: string;
  concurrency: number;
  procedure: string;
  applicant: Actor;
  reception: Actor;
  tag: string;
  /** Dossiers submitted and completed, untimed, before the first batch (`bench-warm.ts`). */
  warmUp: number;
}

export type ClientBatch = { submit: string[] } | { complete: string[] } | { stop: true };

/** Runs `run` over `items` with `concurrency` callers. */
export async function pool<T>(
  items: readonly T[],
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

async function main(setup: ClientSetup): Promise<void> {
  const handle = await createDb({ url: setup.url, maxConnections: setup.concurrency });
  const submit = (key: string) =>
    submitDossier(handle.db, {
      actor: setup.applicant,
      input: {
        procedure: setup.procedure,
        jurisdiction: "HN-BD-PX",
        data: KHAI_SINH_DATA,
        idempotencyKey: key,
      },
    });
  await warmUp(handle.db, setup, setup.warmUp, setup.concurrency, setup.tag);
  process.on("message", (batch: ClientBatch) => {
    void (async () => {
      if ("stop" in batch) {
        await handle.close();
        process.exit(0);
      }
      if ("submit" in batch) await pool(batch.submit, setup.concurrency, submit);
      else {
        await pool(batch.complete, setup.concurrency, (taskId) =>
          completeTask(handle.db, {
            actor: setup.reception,
            input: { taskId, data: { decision: "approve" }, idempotencyKey: "c" },
          }),
        );
      }
      process.send!({ done: "submit" in batch ? batch.submit.length : batch.complete.length });
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  process.send!({ ready: true });
}

if (process.send && process.argv[2]) {
  await main(JSON.parse(process.argv[2]) as ClientSetup);
}
