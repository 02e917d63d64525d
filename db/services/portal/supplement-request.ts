/**
 * The last supplement request of a dossier: the intake task an official
 * closed with `decision = "supplement"` (through the inbox's request, or any
 * client completing the task with that decision), with its reasons (form 02).
 */
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { tasks } from "../../schema";

export async function lastSupplementRequest(
  db: Db,
  dossierId: string,
): Promise<{ reasons: string; at: Date } | null> {
  const [row] = await db
    .select({ data: tasks.data, at: tasks.closedAt })
    .from(tasks)
    .where(
      and(
        eq(tasks.dossierId, dossierId),
        isNotNull(tasks.closedAt),
        sql`${tasks.data}->>'decision' = 'supplement'`,
      ),
    )
    .orderBy(desc(tasks.closedAt))
    .limit(1);
  if (!row?.at) return null;
  return { reasons: typeof row.data?.reasons === "string" ? row.data.reasons : "", at: row.at };
}
