/**
 * Escalation (issue #8): an open user task past its deadline (`due_at`, which
 * the engine computed in working time) is reported once to the leaders of its
 * unit — or, when the unit has none, of the nearest unit above it — with an
 * email each through the outbox and `tasks.escalated_at`, which the inbox
 * shows, and its audit row, in one transaction per task.
 *
 * Exactly once with any number of workers: the dossier row is locked first
 * (the order commands use, so neither side deadlocks on the other), skipped
 * when busy, and the update re-checks `escalated_at is null`.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { portalConfig } from "../portal-files/config";
import { history } from "../schema";
import { queryRows } from "../sql";
import { enqueue } from "../store/effects";
import { ts } from "../services/inbox/scope";

export interface EscalationOptions {
  now?: Date;
  /** Tasks looked at per pass. */
  limit?: number;
}

type Candidate = {
  id: string;
  dossier_id: string;
};

type Escalated = {
  id: string;
  dossier_id: string;
  element_id: string;
  name: string | null;
  unit_code: string;
  due_at: string | Date;
  code: string;
};

const hanoi = (d: Date) =>
  d.toLocaleString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "short",
    timeStyle: "short",
  });

/** Escalates the overdue, not yet escalated open tasks; returns the ids escalated in this pass. */
export async function escalateOverdueTasks(
  db: Db,
  { now = new Date(), limit = 100 }: EscalationOptions = {},
): Promise<string[]> {
  // A dossier waiting on the citizen has its clock stopped: not the unit's delay.
  const candidates = await queryRows<Candidate>(
    db,
    sql`select t.id, t.dossier_id from tasks t join dossiers d on d.id = t.dossier_id
        where t.state in ('open', 'claimed') and t.escalated_at is null and t.due_at < ${ts(now)}
          and t.kind = 'userTask' and t.unit_code is not null and d.status <> 'supplement'
        order by t.due_at limit ${limit}`,
  );
  const done: string[] = [];
  for (const c of candidates) if (await escalateOne(db, c, now)) done.push(c.id);
  return done;
}

async function escalateOne(db: Db, c: Candidate, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const locked = await queryRows<{ id: string }>(
      tx,
      sql`select id from dossiers where id = ${c.dossier_id} and status <> 'supplement' for update skip locked`,
    );
    if (locked.length === 0) return false;
    const [task] = await queryRows<Escalated>(
      tx,
      sql`update tasks t set escalated_at = ${ts(now)} from dossiers d
          where t.id = ${c.id} and d.id = t.dossier_id and t.escalated_at is null
            and t.state in ('open', 'claimed') and t.due_at < ${ts(now)}
          returning t.id, t.dossier_id, t.element_id, t.name, t.unit_code, t.due_at, d.code`,
    );
    if (!task) return false;
    // The unit's own leaders; a unit without one (a new ward, a vacancy) passes it up the tree.
    const leaders = await queryRows<{
      id: string;
      name: string;
      email: string | null;
      unit: string;
    }>(
      tx,
      sql`with recursive up (code, parent, depth) as (
            select code, parent_code, 0 from units where code = ${task.unit_code}
            union all
            select u.code, u.parent_code, up.depth + 1 from units u join up on u.code = up.parent
            where up.depth < 20),
          found as (
            select distinct u.id, u.name, u.email, up.code as unit, up.depth
            from up join memberships m on m.unit_code = up.code join users u on u.id = m.user_id
            where 'leader' = any(m.roles) and not u.disabled
              and (m.valid_from is null or m.valid_from <= ${ts(now)})
              and (m.valid_to is null or m.valid_to > ${ts(now)}))
          select id, name, email, unit from found
          where depth = (select min(depth) from found)
          order by id`,
    );
    const step = task.name ?? task.element_id;
    const link = `${portalConfig().publicBaseUrl}/inbox/tasks/${task.id}`;
    for (const l of leaders) {
      if (!l.email) continue;
      await enqueue(tx, "email", task.dossier_id, {
        to: l.email,
        subject: `[Một Cửa] Quá hạn: hồ sơ ${task.code} — ${step}`,
        text: [
          `Kính gửi ${l.name},`,
          "",
          `Bước "${step}" của hồ sơ ${task.code} đã quá hạn xử lý (hạn ${hanoi(new Date(task.due_at))}) và chưa hoàn thành.`,
          `Xem và phân công xử lý: ${link}`,
          "",
          "Hệ thống Một Cửa",
        ].join("\n"),
      });
    }
    await tx.insert(history).values({
      dossierId: task.dossier_id,
      actorId: null,
      actorKind: "system",
      action: "task.escalated",
      elementId: task.element_id,
      at: now,
      details: {
        task: task.id,
        unit: task.unit_code,
        dueAt: new Date(task.due_at).toISOString(),
        leaders: leaders.map((l) => l.id),
        ...(leaders[0] && leaders[0].unit !== task.unit_code
          ? { leaderUnit: leaders[0].unit }
          : {}),
      },
    });
    return true;
  });
}
