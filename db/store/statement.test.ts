import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dossiers, history, idempotencyKeys, tasks, timers } from "../schema";
import { completeTask } from "../services/complete-task";
import { ServiceError } from "../services/errors";
import { submitDossier } from "../services/submit-dossier";
import { describeOnBothDatabases } from "../testing";
import { planEffects } from "./effects";
import { openTasks } from "./tasks";
import { emptyRows, writeCommand } from "./statement";
import {
  citizen,
  KHAI_SINH_DATA,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
  workflowFiles,
} from "./test-support";

describe("planEffects", () => {
  it("inserts a task or timer opened and closed in the same step already closed", () => {
    // given a step that opens T#1 and closes it, and schedules X#1 and cancels it
    const rows = planEffects(
      [
        {
          type: "openTask",
          task: {
            id: "T#1",
            element: "T",
            unit: "U",
            roles: ["r"],
            kind: "userTask",
            openedAt: "2026-03-02T01:00:00.000Z",
          } as never,
        },
        { type: "scheduleTimer", timer: "X#1", element: "X", fireAt: "2026-03-03T01:00:00.000Z" },
        { type: "closeTask", task: "T#1", element: "T", reason: "cancelled" },
        { type: "cancelTimer", timer: "X#1", element: "X" },
        { type: "closeTask", task: "Old#0", element: "Old", reason: "completed" },
      ],
      emptyRows(),
    );
    // then the new rows carry their final state and only the older task is closed by update
    expect(rows.tasks).toMatchObject([{ instance_key: "T#1", state: "cancelled" }]);
    expect(rows.timers).toMatchObject([{ payload: { timer: "X#1" }, status: "cancelled" }]);
    expect(rows.closes).toEqual([{ key: "Old#0", completed: true }]);
  });
});

/** A `version + 1` write of `d` moving it to "processing" with its snapshot unchanged. */
const processing = (d: typeof dossiers.$inferSelect) =>
  ({
    kind: "update",
    version: d.version,
    snapshot: d.snapshot,
    status: "processing",
    dvcqgStatus: 4,
    dueAt: null,
    dueDate: null,
    finishedAt: null,
    pause: "keep",
    supplement: false,
  }) as const;

describeOnBothDatabases("store statement", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("writes nothing when the dossier is no longer at the version it was read at", async () => {
    const d = await submitAs(t.db, procedure);
    const rows = planEffects(
      [{ type: "scheduleTimer", timer: "X#9", element: "X", fireAt: new Date().toISOString() }],
      emptyRows(),
    );
    rows.outbox.push({ kind: "notify", payload: {} });
    const [before] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    // when the write names a stale version
    const written = await writeCommand(t.db, { dossierId: d.id, now: new Date() }, rows, {
      ...processing(before!),
      version: before!.version - 1,
    });
    // then no row of the command is written
    expect(written).toBeNull();
    expect(await t.db.select().from(timers).where(eq(timers.dossierId, d.id))).toEqual([]);
    const [after] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after).toMatchObject({ version: before!.version, status: before!.status });
  });

  describe("a guarded write (rows read without a lock)", () => {
    const closing = (key: string) => ({ ...emptyRows(), closes: [{ key, completed: true }] });

    it("writes nothing when the task was claimed by someone else since the read", async () => {
      const d = await submitAs(t.db, procedure);
      const task = await openTaskOf(t.db, d.id, "Task_Reception");
      const [read] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
      // given another official claims the task after our read
      const other = await official(t.db, "HN-BD-PX", ["reception"]);
      const me = await official(t.db, "HN-BD-PX", ["reception"]);
      await t.db
        .update(tasks)
        .set({ assigneeId: other.id, state: "claimed" })
        .where(eq(tasks.id, task.id));
      // when our completion's write runs with the guard
      const ctx = { dossierId: d.id, now: new Date(), closedBy: me.id };
      const guard = { taskId: task.id, holder: me.id };
      const written = await writeCommand(t.db, ctx, closing(task.instanceKey!), processing(read!), {
        guard,
      });
      // then nothing is written: the dossier and the task are as they were
      expect(written).toBeNull();
      const [after] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
      expect(after).toMatchObject({ version: read!.version, status: read!.status });
      const [still] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
      expect(still).toMatchObject({ state: "claimed", assigneeId: other.id });
      // and the holder itself may write, getting the open tasks after the write
      const mine = await writeCommand(
        t.db,
        { ...ctx, closedBy: other.id },
        closing(task.instanceKey!),
        processing(read!),
        { guard: { taskId: task.id, holder: other.id }, openTasks: true },
      );
      expect(mine).toMatchObject({ version: read!.version + 1, openTasks: [] });
    });

    it("writes nothing when the task was closed since the read", async () => {
      const d = await submitAs(t.db, procedure);
      const task = await openTaskOf(t.db, d.id, "Task_Reception");
      const [read] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
      await t.db.update(tasks).set({ state: "cancelled" }).where(eq(tasks.id, task.id));
      const written = await writeCommand(
        t.db,
        { dossierId: d.id, now: new Date() },
        emptyRows(),
        processing(read!),
        { guard: { taskId: task.id } },
      );
      expect(written).toBeNull();
      const [after] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
      expect(after!.version).toBe(read!.version);
    });

    it("returns the open tasks as a later read finds them", async () => {
      const d = await submitAs(t.db, procedure);
      const task = await openTaskOf(t.db, d.id, "Task_Reception");
      const reception = await official(t.db, "HN-BD-PX", ["reception"]);
      // when a completion opens the next task(s)
      const out = await completeTask(t.db, {
        actor: reception,
        input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "o" },
      });
      // then the answer's open tasks are the ones a fresh read gives
      expect(out.dossier.openTasks.length).toBeGreaterThan(0);
      expect(out.dossier.openTasks).toEqual(await openTasks(t.db, d.id));
      expect(out.dossier.openTasks.map((o) => o.id)).not.toContain(task.id);
    });
  });

  it("starts a submission on a version published after this process last looked", async () => {
    const applicant = await citizen(t.db);
    const input = { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA };
    const first = await submitDossier(t.db, {
      actor: applicant,
      input: { ...input, idempotencyKey: "v-1" },
    });
    // given version 2 published behind the process's back (no cache told)
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    await publishRaw(t.db, bpmn, forms, 2);
    // when the citizen submits again
    const second = await submitDossier(t.db, {
      actor: applicant,
      input: { ...input, idempotencyKey: "v-2" },
    });
    // then the new dossier runs on version 2, with one sequence number per dossier
    const rows = await t.db
      .select({ id: dossiers.id, v: dossiers.procedureVersion, code: dossiers.code })
      .from(dossiers)
      .where(eq(dossiers.applicantId, applicant.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)?.v).toBe(1);
    expect(byId.get(second.id)?.v).toBe(2);
    expect(Number(second.code.slice(-7))).toBe(Number(first.code.slice(-7)) + 1);
  });

  it("records the first answer with its code, and a repeat creates nothing", async () => {
    const applicant = await citizen(t.db);
    const input = {
      procedure,
      jurisdiction: "HN-BD-PX",
      data: KHAI_SINH_DATA,
      idempotencyKey: "r",
    };
    const first = await submitDossier(t.db, { actor: applicant, input });
    const [key] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.scope, `dossier.submit:${applicant.id}`));
    expect(key?.result).toEqual(first);
    // a repeat whose data would now fail validation still gets the first answer
    const again = await submitDossier(t.db, {
      actor: applicant,
      input: { ...input, data: {} },
    });
    expect(again).toEqual(first);
    const mine = await t.db.select().from(dossiers).where(eq(dossiers.applicantId, applicant.id));
    expect(mine).toHaveLength(1);
  });

  it("never hands a completion's first result to an official outside the task's unit", async () => {
    const d = await submitAs(t.db, procedure);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const input = { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "k" };
    await completeTask(t.db, { actor: reception, input });
    const outsider = await official(t.db, "HN-BD-PX", ["judicial"]);
    const refusal = await completeTask(t.db, { actor: outsider, input }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ServiceError);
    expect((refusal as ServiceError).code).toBe("FORBIDDEN");
    const rows = await t.db.select().from(history).where(eq(history.dossierId, d.id));
    expect(rows.map((h) => h.action)).toEqual(["dossier.submitted", "task.completed"]);
    const [closed] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(closed).toMatchObject({
      state: "completed",
      closedBy: reception.id,
      idempotencyKey: "k",
    });
  });
});
