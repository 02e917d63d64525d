import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { tasks } from "../schema";
import { describeOnBothDatabases } from "../testing";
import {
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import { PARALLEL_BPMN } from "../test-fixtures/store-bpmn";
import { assignTask } from "./assign-task";
import { claimTask } from "./claim-task";
import { unclaimTask } from "./unclaim-task";

describeOnBothDatabases("claimTask / unclaimTask / assignTask", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, PARALLEL_BPMN, []);
  });

  it("claims, refuses a second claimer, unclaims, and a leader assigns within the unit", async () => {
    const d = await submitAs(t.db, "Store_Parallel", {});
    const task = await openTaskOf(t.db, d.id, "Task_A");
    const [a, b] = [
      await official(t.db, "HN-BD-PX", ["specialist"]),
      await official(t.db, "HN-BD-PX", ["specialist"]),
    ];
    const leader = await official(t.db, "HN-BD-PX", ["leader"]);
    expect(await claimTask(t.db, { actor: a, input: { taskId: task.id } })).toMatchObject({
      assignee: a.id,
      state: "claimed",
    });
    await expect(claimTask(t.db, { actor: b, input: { taskId: task.id } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(unclaimTask(t.db, { actor: b, input: { taskId: task.id } })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    expect(await unclaimTask(t.db, { actor: a, input: { taskId: task.id } })).toMatchObject({
      assignee: null,
      state: "open",
    });
    expect(
      await assignTask(t.db, { actor: leader, input: { taskId: task.id, assigneeId: b.id } }),
    ).toMatchObject({ assignee: b.id });
    await expect(
      assignTask(t.db, {
        actor: leader,
        input: {
          taskId: task.id,
          assigneeId: (await official(t.db, "HN-BD-KM", ["specialist"])).id,
        },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ assigneeId: b.id, state: "claimed" });
    expect((await historyOf(t.db, d.id)).slice(1).map((h) => [h.action, h.actorId])).toEqual([
      ["task.claimed", a.id],
      ["task.unclaimed", a.id],
      ["task.assigned", leader.id],
    ]);
  });

  it("rejects officials outside the unit, and non-leaders assigning (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, "Store_Parallel", {});
    const task = await openTaskOf(t.db, d.id, "Task_A");
    const outsider = await official(t.db, "HN-BD-KM", ["specialist"]);
    const spec = await official(t.db, "HN-BD-PX", ["specialist"]);
    await expect(
      claimTask(t.db, { actor: outsider, input: { taskId: task.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      assignTask(t.db, { actor: spec, input: { taskId: task.id, assigneeId: spec.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      claimTask(t.db, { actor: d.citizen, input: { taskId: task.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
  });
});
