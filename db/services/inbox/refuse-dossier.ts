/**
 * An official refuses a dossier (form 03, Circular 01/2018) with its
 * reasons: the open task is completed with `decision = "refuse"` — only
 * where the task's form offers that decision — and the dossier must end
 * there, or nothing changes (CONFLICT). One transaction; the history row
 * `dossier.refused` carries the reasons.
 */
import { z } from "zod";
import type { Db } from "../../client";
import { runDossierCommand } from "../../store/command";
import { loadProcedure } from "../../store/procedures";
import { FINAL_STATUSES, type DossierStatus } from "../../store/status";
import { assertOpen, lockTask } from "../../store/tasks";
import type { Actor } from "../actor";
import { taskForOfficial } from "../complete-task";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { decisionOptions } from "./decision";
import { asOfficial } from "./scope";

export const RefuseDossierInput = z.object({
  taskId: z.uuid(),
  /** Every reason, one per item (the slip lists them). */
  reasons: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
  data: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200),
});

export interface RefuseDossierResult {
  code: string;
  status: string;
}

export async function refuseDossier(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<RefuseDossierResult> {
  const official = asOfficial(actor);
  const pre = z.object({ taskId: z.uuid() }).safeParse(input);
  // Authorisation first (STYLE §4) when the task id is readable at all.
  const authorised = pre.success ? await taskForOfficial(db, official, pre.data.taskId) : null;
  const { taskId, reasons, data, idempotencyKey } = parseInput(RefuseDossierInput, input);
  const task = authorised ?? (await taskForOfficial(db, official, taskId));
  const proc = await loadProcedure(db, task.procedureId, task.procedureVersion);
  if (!decisionOptions(proc.registry.forms[task.formId ?? ""] ?? null).includes("refuse")) {
    throw new ServiceError("CONFLICT", `task ${task.elementId} offers no refusal`, [
      { id: taskId, message: "refusal not allowed here" },
    ]);
  }
  const text = reasons.map((r, i) => `${i + 1}. ${r}`).join("\n");
  const merged = { ...data, decision: "refuse", reasons: text };
  return runDossierCommand(db, {
    dossierId: task.dossierId,
    procedure: { id: task.procedureId, version: task.procedureVersion },
    now,
    idempotency: { scope: `task.refuse:${taskId}`, key: idempotencyKey },
    command: { type: "complete", task: task.instanceKey ?? "", data: merged, by: official.id },
    check: async (_d, tx) => {
      const locked = await lockTask(tx, taskId);
      assertOpen(locked);
      if (locked.assigneeId && locked.assigneeId !== official.id) {
        throw new ServiceError("CONFLICT", `task ${locked.elementId} is claimed by someone else`, [
          { id: taskId, message: "claimed by another official" },
        ]);
      }
    },
    history: {
      actor: official,
      action: "dossier.refused",
      element: task.elementId,
      details: { task: taskId, reasons: text },
    },
    closedBy: official.id,
    data: merged,
    result: (w) => ({ code: w.code, status: w.status }),
    after: async (_tx, w) => {
      // A refusal ends the dossier (End_Refused, End_NotEligible…); a model that goes on did not refuse.
      if (!FINAL_STATUSES.has(w.status as DossierStatus) || w.status === "returned") {
        throw new ServiceError("CONFLICT", `refusing at ${task.elementId} does not end ${w.code}`, [
          { id: w.code, message: "refusal does not end the dossier" },
        ]);
      }
    },
  });
}
