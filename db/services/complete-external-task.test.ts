import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers } from "../schema";
import { EXTERNAL_BPMN } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  admin,
  designer,
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import type { Actor } from "./actor";
import { completeExternalTask } from "./complete-external-task";

describeOnBothDatabases("completeExternalTask", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, EXTERNAL_BPMN, []);
  });
  const system = async (scopes: string[]): Promise<Actor> => ({
    kind: "integration",
    id: (await admin(t.db)).id,
    scopes,
  });

  it("an integration with the tasks scope completes an external service task, once, audited", async () => {
    const d = await submitAs(t.db, "Store_External", {});
    const task = await openTaskOf(t.db, d.id, "Task_Tax");
    expect(task).toMatchObject({ kind: "serviceTask", taskType: "tax-check" });
    const tax = await system(["tasks"]);
    const input = { taskId: task.id, data: { taxPaid: true }, idempotencyKey: "t1" };
    const out = await completeExternalTask(t.db, { actor: tax, input });
    expect(out.dossier.openTasks.map((x) => x.element)).toEqual(["Task_C"]);
    // A repeat answers the first result; another key finds the task done.
    expect(await completeExternalTask(t.db, { actor: tax, input })).toMatchObject({
      dossier: { code: d.code, version: out.dossier.version },
    });
    await expect(
      completeExternalTask(t.db, { actor: tax, input: { ...input, idempotencyKey: "t2" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.data).toMatchObject({ taxPaid: true });
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "service.completed",
      actorKind: "integration",
      elementId: "Task_Tax",
    });
  });

  it("refuses callers without the scope, officials and designers (no history row), and user tasks", async () => {
    const d = await submitAs(t.db, "Store_External", {});
    const task = await openTaskOf(t.db, d.id, "Task_Tax");
    const before = (await historyOf(t.db, d.id)).length;
    for (const actor of [
      await system(["messages", "read"]),
      await official(t.db, "HN-BD-PX", ["specialist"]),
      await designer(t.db),
    ]) {
      await expect(
        completeExternalTask(t.db, { actor, input: { taskId: task.id, idempotencyKey: "x" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await historyOf(t.db, d.id)).toHaveLength(before);
    await completeExternalTask(t.db, {
      actor: await admin(t.db),
      input: { taskId: task.id, idempotencyKey: "a" },
    });
    const userTask = await openTaskOf(t.db, d.id, "Task_C");
    await expect(
      completeExternalTask(t.db, {
        actor: await system(["tasks"]),
        input: { taskId: userTask.id, idempotencyKey: "u" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
