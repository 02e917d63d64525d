/**
 * A late dossier gets an apology with a new date (form 04, Circular
 * 01/2018): only while it is overdue, only once per dossier, and the new
 * date must be a working day after both today and the current deadline.
 * The statutory deadline is not moved (lateness still counts); the slip is
 * the history row `dossier.apologised`, written under the dossier row lock.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { history } from "../../schema";
import { assertRunning, lockDossier } from "../../store/command";
import { environment } from "../../store/environment";
import { writeHistory } from "../../store/write";
import type { Actor } from "../actor";
import { taskForOfficial } from "../complete-task";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asOfficial } from "./scope";

export const ApologiseLateInput = z.object({
  taskId: z.uuid(),
  reason: z.string().trim().min(1).max(2000),
  newDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
});

export interface ApologiseLateResult {
  code: string;
  newDate: string;
}

export async function apologiseLate(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<ApologiseLateResult> {
  const official = asOfficial(actor);
  const pre = z.object({ taskId: z.uuid() }).safeParse(input);
  // Authorisation first (STYLE §4) when the task id is readable at all.
  const authorised = pre.success ? await taskForOfficial(db, official, pre.data.taskId) : null;
  const { taskId, reason, newDate } = parseInput(ApologiseLateInput, input);
  const task = authorised ?? (await taskForOfficial(db, official, taskId));
  const { calendar } = await environment(db, now);
  const invalid = (message: string) =>
    new ServiceError("VALIDATION", message, [{ field: "newDate", message }]);
  if (!calendar.isWorkingDay(newDate)) throw invalid("the new date is not a working day");
  if (newDate <= calendar.localDate(now)) throw invalid("the new date must be after today");
  return db.transaction(async (tx) => {
    const d = await lockDossier(tx, task.dossierId);
    assertRunning(d);
    const due = d.dueAt ?? task.dueAt;
    if (!due || due >= now) {
      throw new ServiceError("CONFLICT", `dossier ${d.code} is not late`, [
        { id: d.code, message: "not late" },
      ]);
    }
    if (newDate <= calendar.localDate(due))
      throw invalid("the new date must be after the deadline");
    const prior = await tx
      .select({ id: history.id })
      .from(history)
      .where(and(eq(history.dossierId, d.id), eq(history.action, "dossier.apologised")))
      .limit(1);
    if (prior.length > 0) {
      throw new ServiceError("CONFLICT", `dossier ${d.code} already has an apology`, [
        { id: d.code, message: "apology already issued" },
      ]);
    }
    await writeHistory(
      tx,
      d.id,
      {
        actor: official,
        action: "dossier.apologised",
        element: task.elementId,
        details: { task: taskId, reasons: reason, newDate },
      },
      d.status,
      d.status,
      now,
    );
    return { code: d.code, newDate };
  });
}
