/**
 * The daily digest (issue #8): from 07:00 Hanoi time on each working day,
 * every official with an email gets one message listing their units' open
 * tasks that are overdue or due within one working day (the inbox's
 * "overdue" and "due soon" queues). The `inbox_digests` primary key (user,
 * Hanoi day), inserted in the transaction that enqueues the email, makes it
 * once per official per day with any number of workers; a worker that was
 * down at 07:00 sends later that day instead.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { portalConfig } from "../portal-files/config";
import { inboxDigests } from "../schema";
import { queryRows } from "../sql";
import { enqueue } from "../store/effects";
import { environment } from "../store/environment";
import { ts } from "../services/inbox/scope";

/** Hour of the Hanoi day from which the digest goes out. */
export const DIGEST_HOUR = 7;

export interface DigestOptions {
  now?: Date;
  /** Officials handled per pass. */
  limit?: number;
}

interface DigestTask extends Record<string, unknown> {
  id: string;
  name: string | null;
  element_id: string;
  due_at: string | Date;
  code: string;
}

const HANOI_OFFSET_MS = 7 * 3_600_000;

const hanoi = (d: Date) =>
  d.toLocaleString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "short",
    timeStyle: "short",
  });

/** The active membership of `m` at `now`, as SQL. */
const active = (now: Date) =>
  sql`(m.valid_from is null or m.valid_from <= ${ts(now)}) and (m.valid_to is null or m.valid_to > ${ts(now)})`;

/** Sends the digests still due today; returns the ids of the officials handled in this pass. */
export async function sendDailyDigests(
  db: Db,
  { now = new Date(), limit = 200 }: DigestOptions = {},
): Promise<string[]> {
  // Hanoi has no daylight saving: UTC+7 all year.
  const local = new Date(now.getTime() + HANOI_OFFSET_MS);
  if (local.getUTCHours() < DIGEST_HOUR) return [];
  const { calendar } = await environment(db, now);
  const day = calendar.localDate(now);
  if (!calendar.isWorkingDay(day)) return [];
  const soon = calendar.addWorkingDays(now, 1);
  const officials = await queryRows<{ id: string; name: string; email: string }>(
    db,
    sql`select distinct u.id, u.name, u.email from users u join memberships m on m.user_id = u.id
        where not u.disabled and u.email is not null and ${active(now)}
          and not exists (select 1 from inbox_digests g where g.user_id = u.id and g.day = ${day})
        order by u.id limit ${limit}`,
  );
  const handled: string[] = [];
  for (const o of officials) {
    const due = await queryRows<DigestTask>(
      db,
      sql`select distinct t.id, t.name, t.element_id, t.due_at, d.code from tasks t
          join dossiers d on d.id = t.dossier_id
          join memberships m on m.unit_code = t.unit_code and m.roles && t.roles
          where m.user_id = ${o.id} and ${active(now)} and t.kind = 'userTask'
            and t.state in ('open', 'claimed') and t.due_at < ${ts(soon)} and d.status <> 'supplement'
          order by t.due_at, t.id`,
    );
    const sent = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(inboxDigests)
        .values({ userId: o.id, day, tasks: due.length, sentAt: now })
        .onConflictDoNothing()
        .returning({ userId: inboxDigests.userId });
      if (!row) return false;
      if (due.length > 0)
        await enqueue(tx, "email", null, { to: o.email, ...digestMail(o.name, day, due, now) });
      return true;
    });
    if (sent) handled.push(o.id);
  }
  return handled;
}

function digestMail(
  name: string,
  day: string,
  due: DigestTask[],
  now: Date,
): { subject: string; text: string } {
  const base = portalConfig().publicBaseUrl;
  const line = (t: DigestTask) =>
    `- ${t.code} — ${t.name ?? t.element_id} — hạn ${hanoi(new Date(t.due_at))}: ${base}/inbox/tasks/${t.id}`;
  const overdue = due.filter((t) => new Date(t.due_at) < now);
  const soon = due.filter((t) => new Date(t.due_at) >= now);
  const text = [
    `Kính gửi ${name},`,
    "",
    `Công việc cần chú ý ngày ${day.split("-").reverse().join("/")}:`,
    ...(overdue.length ? ["", `Quá hạn (${overdue.length}):`, ...overdue.map(line)] : []),
    ...(soon.length ? ["", `Sắp đến hạn (${soon.length}):`, ...soon.map(line)] : []),
    "",
    `Hộp công việc: ${base}/inbox`,
    "",
    "Hệ thống Một Cửa",
  ].join("\n");
  return {
    subject: `[Một Cửa] Công việc ngày ${day.split("-").reverse().join("/")}: ${overdue.length} quá hạn, ${soon.length} sắp đến hạn`,
    text,
  };
}
