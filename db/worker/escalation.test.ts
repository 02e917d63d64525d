import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { history, tasks, units } from "../schema";
import { getTaskView } from "../services/inbox/get-task-view";
import { listQueue } from "../services/inbox/list-queue";
import { mailsTo, MONDAY, setupKhaiSinh, withEmail } from "../services/inbox/test-support";
import { official, openTaskOf, submitAs } from "../store/test-support";
import { describeOnBothDatabases } from "../testing";
import { escalateOverdueTasks } from "./escalation";

describeOnBothDatabases("escalation of overdue tasks", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("tells the unit's leaders once when an open task passes its working-day deadline", async () => {
    // Given a reception task due Monday 17:00 and two leaders of its unit, one leader elsewhere.
    const d = await submitAs(t.db, procedure, undefined, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const leaders = [
      await official(t.db, "HN-BD-PX", ["leader"]),
      await official(t.db, "HN-BD-PX", ["leader", "reception"]),
    ];
    const elsewhere = await official(t.db, "HN-BD-KM", ["leader"]);
    for (const [i, l] of leaders.entries()) await withEmail(t.db, l.id, `lead${i}@px.example.vn`);
    await withEmail(t.db, elsewhere.id, "lead@km.example.vn");

    // When the job runs before the deadline, nothing happens.
    expect(
      await escalateOverdueTasks(t.db, { now: new Date("2026-03-02T16:59:00+07:00") }),
    ).not.toContain(task.id);

    // When three workers run it at once the next morning…
    const tuesday = new Date("2026-03-03T08:30:00+07:00");
    const runs = await Promise.all(
      [1, 2, 3].map(() => escalateOverdueTasks(t.db, { now: tuesday })),
    );
    // …then it is escalated exactly once, with its audit row, and each leader gets one email.
    expect(runs.flat().filter((id) => id === task.id)).toHaveLength(1);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.escalatedAt?.toISOString()).toBe(tuesday.toISOString());
    const audit = (await t.db.select().from(history).where(eq(history.dossierId, d.id))).filter(
      (h) => h.action === "task.escalated",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: "system", elementId: "Task_Reception" });
    expect(audit[0]!.details).toMatchObject({ task: task.id, unit: "HN-BD-PX" });
    expect((audit[0]!.details!.leaders as string[]).sort()).toEqual(
      leaders.map((l) => l.id).sort(),
    );
    for (const i of [0, 1]) {
      const mails = await mailsTo(t.db, `lead${i}@px.example.vn`);
      expect(mails).toHaveLength(1);
      expect(String(mails[0]!.payload.subject)).toContain(d.code);
      expect(String(mails[0]!.payload.text)).toContain(`/inbox/tasks/${task.id}`);
    }
    expect(await mailsTo(t.db, "lead@km.example.vn")).toHaveLength(0);

    // The inbox shows it as escalated.
    const queue = await listQueue(t.db, {
      actor: leaders[1]!,
      now: tuesday,
      input: { queue: "overdue" },
    });
    expect(queue.rows.find((r) => r.taskId === task.id)?.escalatedAt).toEqual(tuesday);
    const view = await getTaskView(t.db, {
      actor: leaders[1]!,
      now: tuesday,
      input: { taskId: task.id },
    });
    expect(view.task.escalatedAt).toEqual(tuesday);

    // And a later run does not repeat it.
    const later = await escalateOverdueTasks(t.db, { now: new Date("2026-03-04T09:00:00+07:00") });
    expect(later).not.toContain(task.id);
    expect(await mailsTo(t.db, "lead0@px.example.vn")).toHaveLength(1);
  });
});

describeOnBothDatabases("escalation without a leader in the unit", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("goes to the leaders of the nearest unit above that has one", async () => {
    // Given a ward (HN-BD-PX) with no leader, its district (HN-BD) with one, the city with one.
    const d = await submitAs(t.db, procedure, undefined, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const [ward] = await t.db.select().from(units).where(eq(units.code, "HN-BD-PX"));
    expect(ward!.parentCode).toBe("HN-BD");
    const district = await official(t.db, "HN-BD", ["leader"]);
    const city = await official(t.db, "HN", ["leader"]);
    await withEmail(t.db, district.id, "lead@bd.example.vn");
    await withEmail(t.db, city.id, "lead@hn.example.vn");

    await escalateOverdueTasks(t.db, { now: new Date("2026-03-03T08:30:00+07:00") });

    // Then the district's leader is told, not the city's, and the audit row says so.
    expect(await mailsTo(t.db, "lead@bd.example.vn")).toHaveLength(1);
    expect(await mailsTo(t.db, "lead@hn.example.vn")).toHaveLength(0);
    const [audit] = (await t.db.select().from(history).where(eq(history.dossierId, d.id))).filter(
      (h) => h.action === "task.escalated",
    );
    expect(audit!.details).toMatchObject({
      task: task.id,
      unit: "HN-BD-PX",
      leaderUnit: "HN-BD",
      leaders: [district.id],
    });
  });
});
