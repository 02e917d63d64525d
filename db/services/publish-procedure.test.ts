import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, procedureVersions } from "../schema";
import { timerBpmn } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  designer,
  historyOf,
  official,
  openTaskOf,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import { completeTask } from "./complete-task";
import { publishProcedure } from "./publish-procedure";

describeOnBothDatabases("publishProcedure", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
  });

  it("publishes immutable versions max+1; a running v1 dossier stays on v1", async () => {
    const actor = await designer(t.db);
    expect(await publishProcedure(t.db, { actor, input: { bpmn: timerBpmn("PT1H") } })).toEqual({
      id: "Store_Timer",
      version: 1,
    });
    const d = await submitAs(t.db, "Store_Timer", {});
    expect(
      await publishProcedure(t.db, { actor, input: { bpmn: timerBpmn("PT2H"), note: "longer" } }),
    ).toEqual({ id: "Store_Timer", version: 2 });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.procedureVersion).toBe(1);
    const task = await openTaskOf(t.db, d.id, "Task_Wait");
    const spec = await official(t.db, "HN-BD-PX", ["specialist"]);
    const done = await completeTask(t.db, {
      actor: spec,
      input: { taskId: task.id, idempotencyKey: "c" },
    });
    expect(done.dossier.status).toBe("completed");
    const d2 = await submitAs(t.db, "Store_Timer", {});
    expect(
      (await t.db.select().from(dossiers).where(eq(dossiers.id, d2.id)))[0]!.procedureVersion,
    ).toBe(2);
    const audit = (await historyOf(t.db, null)).filter((h) => h.action === "procedure.published");
    expect(audit.map((h) => [h.actorId, h.details?.version])).toEqual([
      [actor.id, 1],
      [actor.id, 2],
    ]);
  });

  it("refuses a model with errors (VALIDATION with the problems) and writes nothing", async () => {
    const actor = await designer(t.db);
    const bad = timerBpmn().replace(
      'sourceRef="Start" targetRef="Task_Wait"',
      'sourceRef="Start" targetRef="Nowhere"',
    );
    await expect(publishProcedure(t.db, { actor, input: { bpmn: bad } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(
      await t.db
        .select()
        .from(procedureVersions)
        .where(eq(procedureVersions.procedureId, "Store_Timer")),
    ).toHaveLength(2);
  });

  it("rejects a non-designer (FORBIDDEN, no audit row)", async () => {
    const before = (await historyOf(t.db, null)).length;
    const actor = await official(t.db, "HN-BD-PX", ["leader"]);
    await expect(
      publishProcedure(t.db, { actor, input: { bpmn: timerBpmn() } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await historyOf(t.db, null)).length).toBe(before);
  });
});
