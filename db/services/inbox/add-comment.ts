/**
 * An official comments on a task of a dossier they work (or held, or
 * finished). The comment and its audit row are written together.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { comments, dossiers } from "../../schema";
import { loadTask } from "../../store/tasks";
import { writeHistory } from "../../store/write";
import type { Actor } from "../actor";
import { parseInput } from "../parse";
import { asOfficial } from "./scope";
import { assertMayRead } from "./task-access";

export const AddCommentInput = z.object({
  taskId: z.uuid(),
  body: z.string().trim().min(1).max(2000),
});

export async function addComment(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<{ id: string }> {
  const official = asOfficial(actor);
  const pre = z.object({ taskId: z.uuid() }).safeParse(input);
  // Authorisation first (STYLE §4) when the task id is readable at all.
  const authorised = pre.success ? await loadTask(db, pre.data.taskId) : null;
  if (authorised) assertMayRead(official, authorised);
  const { taskId, body } = parseInput(AddCommentInput, input);
  const task = authorised ?? (await loadTask(db, taskId));
  assertMayRead(official, task);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(comments)
      .values({ dossierId: task.dossierId, taskId, authorId: official.id, body, at: now })
      .returning({ id: comments.id });
    const [d] = await tx
      .select({ status: dossiers.status })
      .from(dossiers)
      .where(eq(dossiers.id, task.dossierId));
    await writeHistory(
      tx,
      task.dossierId,
      {
        actor: official,
        action: "comment.added",
        element: task.elementId,
        details: { task: taskId, comment: row!.id },
      },
      d?.status ?? null,
      d?.status ?? null,
      now,
    );
    return { id: row!.id };
  });
}
