/**
 * How many tasks each inbox queue holds for an official, with the same
 * filters as the list. Each count stops at `COUNT_CAP` so a unit with a
 * million tasks answers as fast as a small one ("1000+" in the UI).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { queryRows } from "../../sql";
import { environment } from "../../store/environment";
import type { Actor } from "../actor";
import { parseInput } from "../parse";
import { asOfficial, filterSql, InboxFilters, queueSql, QUEUES, type Queue } from "./scope";

export const COUNT_CAP = 1000;

export type QueueCounts = Record<Queue, number>;

export async function countQueues(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor; input?: unknown; now?: Date },
): Promise<QueueCounts> {
  const official = asOfficial(actor);
  const filters = parseInput(InboxFilters, input ?? {});
  const { calendar } = await environment(db, now);
  const soon = calendar.addWorkingDays(now, 1);
  const extra = filterSql(filters);
  const parts = QUEUES.map((queue) => {
    const where = sql.join([queueSql(queue, official, now, soon), ...extra], sql` and `);
    return sql`(select count(*)::int from (select 1 from tasks t join dossiers d on d.id = t.dossier_id
      where t.kind = 'userTask' and ${where} limit ${COUNT_CAP}) c) as ${sql.identifier(queue)}`;
  });
  const [row] = await queryRows<Record<Queue, number>>(db, sql`select ${sql.join(parts, sql`, `)}`);
  return Object.fromEntries(QUEUES.map((q) => [q, Number(row?.[q] ?? 0)])) as QueueCounts;
}
