import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import { KHAI_SINH_DATA, official, openTaskOf, submitAs } from "../../store/test-support";
import { claimTask } from "../claim-task";
import { completeTask } from "../complete-task";
import { requestSupplement } from "../request-supplement";
import { listQueue } from "./list-queue";
import { MONDAY, setupKhaiSinh } from "./test-support";

describeOnBothDatabases("listQueue", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    await expect(
      listQueue(t.db, { actor: d.citizen, input: { queue: "unclaimed" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    await expect(listQueue(t.db, { actor: me, input: { queue: "nope" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      listQueue(t.db, { actor: me, input: { queue: "mine", cursor: "garbage" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("puts a task in unclaimed, overdue, mine and done as it moves; others' units see nothing", async () => {
    const name = `Người Thử ${Date.now()}`;
    const d = await submitAs(t.db, procedure, { ...KHAI_SINH_DATA, hoTen: name }, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    const filters = { applicant: name };
    const ids = async (queue: string, actor = me, now = MONDAY) =>
      (await listQueue(t.db, { actor, now, input: { queue, filters } })).rows.map((r) => r.taskId);

    expect(await ids("unclaimed")).toEqual([task.id]);
    expect(await ids("dueSoon")).toEqual([task.id]); // due 17:00 the same day
    expect(await ids("overdue")).toEqual([]);
    expect(await ids("overdue", me, new Date("2026-03-03T09:00:00+07:00"))).toEqual([task.id]);
    expect(await ids("unclaimed", elsewhere)).toEqual([]);

    await claimTask(t.db, { actor: me, input: { taskId: task.id } });
    expect(await ids("mine")).toEqual([task.id]);
    expect(await ids("unclaimed")).toEqual([]);

    await completeTask(t.db, {
      actor: me,
      now: MONDAY,
      input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "c" },
    });
    expect(await ids("mine")).toEqual([]);
    expect(await ids("done")).toEqual([task.id]);
    const [row] = (await listQueue(t.db, { actor: me, input: { queue: "done", filters } })).rows;
    expect(row).toMatchObject({ applicant: name, dossierCode: d.code, unit: "HN-BD-PX" });
  });

  it("lists a dossier waiting on the citizen as paused, and finds it by code", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    await requestSupplement(t.db, {
      actor: me,
      now: MONDAY,
      input: { taskId: task.id, reasons: "Thiếu giấy chứng sinh", idempotencyKey: "s" },
    });
    const page = await listQueue(t.db, {
      actor: me,
      input: { queue: "paused", filters: { q: d.code.toLowerCase() } },
    });
    expect(page.rows.map((r) => r.taskId)).toEqual([task.id]);
  });

  it("pages with a keyset cursor: every task once, in deadline order", async () => {
    const name = `Trang ${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await submitAs(
        t.db,
        procedure,
        { ...KHAI_SINH_DATA, hoTen: name },
        new Date(MONDAY.getTime() + i * 86_400_000),
      );
    }
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    const seen: string[] = [];
    const dues: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue(t.db, {
        actor: me,
        input: { queue: "unclaimed", filters: { applicant: name }, limit: 2, cursor },
      });
      seen.push(...page.rows.map((r) => r.taskId));
      dues.push(...page.rows.map((r) => r.dueAt!.getTime()));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  });
});
