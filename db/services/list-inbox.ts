/**
 * An official's inbox (DESIGN.md §7 `GET /api/v1/tasks`): the open tasks of
 * the units where they hold one of the task's roles, soonest due first.
 * Served by `tasks_unit_state_due_idx (unit_code, state, due_at)`.
 */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { dossiers, tasks } from "../schema";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";

export interface InboxTask {
  id: string;
  dossier: string;
  element: string;
  name: string | null;
  unit: string | null;
  roles: string[];
  assignee: string | null;
  due: Date | null;
  state: string;
}

export async function listInbox(
  db: Db,
  { actor, limit = 50 }: { actor: Actor; limit?: number },
): Promise<InboxTask[]> {
  if (actor.kind !== "official")
    throw new ServiceError("FORBIDDEN", "only officials have an inbox");
  if (actor.memberships.length === 0) return [];
  const perUnit = actor.memberships.map((m) =>
    and(eq(tasks.unitCode, m.unit), sql`${tasks.roles} && ${sql.param(m.roles)}::text[]`),
  );
  return db
    .select({
      id: tasks.id,
      dossier: dossiers.code,
      element: tasks.elementId,
      name: tasks.name,
      unit: tasks.unitCode,
      roles: tasks.roles,
      assignee: tasks.assigneeId,
      due: tasks.dueAt,
      state: tasks.state,
    })
    .from(tasks)
    .innerJoin(dossiers, eq(dossiers.id, tasks.dossierId))
    .where(and(inArray(tasks.state, ["open", "claimed"]), or(...perUnit)))
    .orderBy(sql`${tasks.dueAt} asc nulls last`, asc(tasks.openedAt))
    .limit(Math.min(Math.max(limit, 1), 200));
}
