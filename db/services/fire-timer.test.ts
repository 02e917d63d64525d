import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, tasks, timers } from "../schema";
import { timerBpmn } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import { drain } from "../worker/in-process";
import { systemActor } from "./actor";
import { completeTask } from "./complete-task";
import { fireTimer } from "./fire-timer";

const PAST = new Date(Date.now() - 3 * 3600_000);

describeOnBothDatabases("fireTimer", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, timerBpmn("PT1H"), []);
  });

  it("fires a due timer once: the boundary cancels the task and ends the dossier; a repeat does nothing", async () => {
    const d = await submitAs(t.db, "Store_Timer", {}, PAST);
    const [timer] = await t.db.select().from(timers).where(eq(timers.dossierId, d.id));
    expect(timer).toMatchObject({
      status: "scheduled",
      payload: { timer: expect.stringContaining("Timer_Late") },
    });
    const system = systemActor("test");
    const [a, b] = await Promise.all([
      fireTimer(t.db, { actor: system, input: { timerId: timer!.id } }),
      fireTimer(t.db, { actor: system, input: { timerId: timer!.id } }),
    ]);
    expect([a.fired, b.fired].sort()).toEqual([false, true]);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row).toMatchObject({ status: "completed", version: 2 });
    expect((await t.db.select().from(tasks).where(eq(tasks.dossierId, d.id)))[0]!.state).toBe(
      "cancelled",
    );
    const fired = (await historyOf(t.db, d.id)).filter((h) => h.action === "timer.fired");
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ actorKind: "system", actorId: null });
  });

  it("cancels the timer row when the task completes first, and the worker then leaves it alone", async () => {
    const d = await submitAs(t.db, "Store_Timer", {}, PAST);
    const task = await openTaskOf(t.db, d.id, "Task_Wait");
    await completeTask(t.db, {
      actor: await official(t.db, "HN-BD-PX", ["specialist"]),
      input: { taskId: task.id, idempotencyKey: "c" },
    });
    await drain(t.db);
    const [timer] = await t.db.select().from(timers).where(eq(timers.dossierId, d.id));
    expect(timer!.status).toBe("cancelled");
    expect((await historyOf(t.db, d.id)).some((h) => h.action === "timer.fired")).toBe(false);
  });

  it("is fired by the in-process worker, exactly once per timer", async () => {
    const ds = await Promise.all(
      Array.from({ length: 5 }, () => submitAs(t.db, "Store_Timer", {}, PAST)),
    );
    await Promise.all([drain(t.db), drain(t.db)]);
    for (const d of ds) {
      expect((await historyOf(t.db, d.id)).filter((h) => h.action === "timer.fired")).toHaveLength(
        1,
      );
    }
  });

  it("rejects anyone but the system (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, "Store_Timer", {}, PAST);
    const [timer] = await t.db.select().from(timers).where(eq(timers.dossierId, d.id));
    await expect(
      fireTimer(t.db, { actor: d.citizen, input: { timerId: timer!.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
  });
});
