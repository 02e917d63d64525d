import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, history, tasks } from "../schema";
import { fanOutBpmn, PARALLEL_BPMN } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  citizen,
  KHAI_SINH_DATA,
  official,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "../store/test-support";
import { claimTask } from "./claim-task";
import { completeTask } from "./complete-task";
import { submitDossier } from "./submit-dossier";
import type { Db } from "../client";

async function openTask(db: Db, dossierId: string, element: string) {
  const [t] = await db
    .select()
    .from(tasks)
    .where(
      and(eq(tasks.dossierId, dossierId), eq(tasks.elementId, element), eq(tasks.state, "open")),
    );
  if (!t) throw new Error(`no open ${element}`);
  return t;
}

describeOnBothDatabases("completeTask", (t) => {
  let khaiSinh = "";
  let parallel = "";
  let fanOut = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    khaiSinh = await publishRaw(t.db, bpmn, forms);
    parallel = await publishRaw(t.db, PARALLEL_BPMN, []);
    fanOut = await publishRaw(t.db, fanOutBpmn(10), []);
  });

  async function submit(procedure: string, data: Record<string, unknown> = KHAI_SINH_DATA) {
    const actor = await citizen(t.db);
    const out = await submitDossier(t.db, {
      actor,
      input: { procedure, jurisdiction: "HN-BD-PX", data, idempotencyKey: "s" },
    });
    return { ...out, citizen: actor };
  }

  it("completes a task for an official of its unit and role, with its history row", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const out = await completeTask(t.db, {
      actor: reception,
      input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "c1" },
    });
    expect(out.dossier).toMatchObject({ code: d.code, status: "received", version: 2 });
    expect(out.dossier.openTasks.map((x) => x.element)).toEqual(["Task_Register"]);
    const [closed] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(closed).toMatchObject({
      state: "completed",
      closedBy: reception.id,
      data: { decision: "approve" },
    });
    const h = await t.db
      .select()
      .from(history)
      .where(and(eq(history.dossierId, d.id), eq(history.action, "task.completed")));
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      actorKind: "official",
      actorId: reception.id,
      elementId: "Task_Reception",
      fromStatus: "submitted",
      toStatus: "received",
    });
  });

  it("rejects an official of another unit or role (FORBIDDEN, no history row)", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const before = (await t.db.select().from(history).where(eq(history.dossierId, d.id))).length;
    for (const actor of [
      await official(t.db, "HN-BD-KM", ["reception"]),
      await official(t.db, "HN-BD-PX", ["leader"]),
      d.citizen,
    ]) {
      await expect(
        completeTask(t.db, {
          actor,
          input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "x" },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await t.db.select().from(history).where(eq(history.dossierId, d.id))).length).toBe(
      before,
    );
  });

  it("refuses form errors with the field keys (VALIDATION) and changes nothing", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    await expect(
      completeTask(t.db, {
        actor: reception,
        input: { taskId: task.id, data: { decision: "maybe" }, idempotencyKey: "v" },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: [expect.objectContaining({ field: "decision" })],
    });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.version).toBe(1);
  });

  it("lets exactly one of many racing officials win; the rest get CONFLICT naming the task", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const officials = await Promise.all(
      Array.from({ length: 8 }, () => official(t.db, "HN-BD-PX", ["reception"])),
    );
    const results = await Promise.allSettled(
      officials.map((actor, i) =>
        completeTask(t.db, {
          actor,
          input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: `r${i}` },
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const r of lost) {
      expect(r.reason).toMatchObject({ code: "CONFLICT" });
      expect(String((r.reason as Error).message)).toContain("Task_Reception");
    }
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.version).toBe(2);
    expect(
      await t.db
        .select()
        .from(tasks)
        .where(and(eq(tasks.dossierId, d.id), eq(tasks.elementId, "Task_Register"))),
    ).toHaveLength(1);
  });

  it("returns the first result for a repeated key and advances the dossier once", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const input = { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "same" };
    const [a, b] = await Promise.all([
      completeTask(t.db, { actor: reception, input }),
      completeTask(t.db, { actor: reception, input }),
    ]);
    expect(b.dossier.version).toBe(a.dossier.version);
    const c = await completeTask(t.db, { actor: reception, input });
    expect(c.dossier.version).toBe(2);
    await expect(
      completeTask(t.db, { actor: reception, input: { ...input, idempotencyKey: "other" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a stale expected version and a task claimed by someone else", async () => {
    const d = await submit(khaiSinh);
    const task = await openTask(t.db, d.id, "Task_Reception");
    const [a, b] = [
      await official(t.db, "HN-BD-PX", ["reception"]),
      await official(t.db, "HN-BD-PX", ["reception"]),
    ];
    await expect(
      completeTask(t.db, {
        actor: a,
        input: {
          taskId: task.id,
          data: { decision: "approve" },
          idempotencyKey: "st",
          expectedVersion: 0,
        },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("stale") });
    await claimTask(t.db, { actor: a, input: { taskId: task.id } });
    await expect(claimTask(t.db, { actor: b, input: { taskId: task.id } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      completeTask(t.db, {
        actor: b,
        input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "cl" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("claimed") });
    const ok = await completeTask(t.db, {
      actor: a,
      input: {
        taskId: task.id,
        data: { decision: "approve" },
        idempotencyKey: "cl",
        expectedVersion: 1,
      },
    });
    expect(ok.dossier.version).toBe(2);
  });

  /** The join after the parallel block opened its one Task_C, and the dossier is at `version`. */
  async function expectJoinedOnce(dossierId: string, version: number) {
    const cs = await t.db
      .select()
      .from(tasks)
      .where(and(eq(tasks.dossierId, dossierId), eq(tasks.elementId, "Task_C")));
    expect(cs).toHaveLength(1);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(row!.version).toBe(version);
  }

  it("joins parallel branches completed at the same moment exactly once", async () => {
    const d = await submit(parallel, {});
    const [ta, tb] = [await openTask(t.db, d.id, "Task_A"), await openTask(t.db, d.id, "Task_B")];
    const [x, y] = [
      await official(t.db, "HN-BD-PX", ["specialist"]),
      await official(t.db, "HN-BD-PX", ["specialist"]),
    ];
    await Promise.all([
      completeTask(t.db, { actor: x, input: { taskId: ta.id, idempotencyKey: "a" } }),
      completeTask(t.db, { actor: y, input: { taskId: tb.id, idempotencyKey: "b" } }),
    ]);
    await expectJoinedOnce(d.id, 3);
  });

  it("lets ten officials complete ten parallel tasks of one dossier at once, all of them", async () => {
    const d = await submit(fanOut, {});
    const ids = Array.from({ length: 10 }, (_, i) => `Task_${i + 1}`);
    const work = await Promise.all(ids.map((e) => openTask(t.db, d.id, e)));
    const people = await Promise.all(ids.map(() => official(t.db, "HN-BD-PX", ["specialist"])));
    // when all complete at the same moment (optimism keeps losing: the lock lets each through)
    const results = await Promise.allSettled(
      work.map((task, i) =>
        completeTask(t.db, { actor: people[i]!, input: { taskId: task.id, idempotencyKey: "k" } }),
      ),
    );
    // then every one succeeds, the join fires once and the dossier moved once per command
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await expectJoinedOnce(d.id, 1 + ids.length);
  });
});
