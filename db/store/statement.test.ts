import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dossiers, history, idempotencyKeys, tasks, timers } from "../schema";
import { completeTask } from "../services/complete-task";
import { ServiceError } from "../services/errors";
import { submitDossier } from "../services/submit-dossier";
import { describeOnBothDatabases } from "../testing";
import { planEffects } from "./effects";
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
      kind: "update",
      version: before!.version - 1,
      snapshot: before!.snapshot,
      status: "processing",
      dvcqgStatus: 4,
      dueAt: null,
      dueDate: null,
      finishedAt: null,
      pause: "keep",
      supplement: false,
    });
    // then no row of the command is written
    expect(written).toBeNull();
    expect(await t.db.select().from(timers).where(eq(timers.dossierId, d.id))).toEqual([]);
    const [after] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after).toMatchObject({ version: before!.version, status: before!.status });
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
    // then the new dossier runs on version 2, with one counter step per dossier
    const rows = await t.db
      .select({ id: dossiers.id, v: dossiers.procedureVersion, code: dossiers.code })
      .from(dossiers)
      .where(eq(dossiers.applicantId, applicant.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)?.v).toBe(1);
    expect(byId.get(second.id)?.v).toBe(2);
    expect(Number(second.code.slice(-6))).toBe(Number(first.code.slice(-6)) + 1);
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
