import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../testing";
import {
  admin,
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
  workflowFiles,
} from "../store/test-support";
import { completeTask } from "./complete-task";
import { deliverMessage } from "./deliver-message";

describeOnBothDatabases("deliverMessage", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("delivers a message the dossier waits for; CONFLICT when it does not wait", async () => {
    const d = await submitAs(t.db, procedure);
    const a = await admin(t.db);
    await expect(
      deliverMessage(t.db, {
        actor: a,
        input: { code: d.code, name: "supplement-submitted", idempotencyKey: "m0" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    await completeTask(t.db, {
      actor: reception,
      input: {
        taskId: task.id,
        data: { decision: "supplement", reasons: "thiếu" },
        idempotencyKey: "c",
      },
    });
    const out = await deliverMessage(t.db, {
      actor: a,
      input: { code: d.code, name: "supplement-submitted", data: { x: 1 }, idempotencyKey: "m1" },
    });
    expect(out.status).toBe("received");
    expect(
      await deliverMessage(t.db, {
        actor: a,
        input: { code: d.code, name: "supplement-submitted", idempotencyKey: "m1" },
      }),
    ).toEqual(out);
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "message.delivered",
      actorKind: "admin",
      actorId: a.id,
    });
  });

  it("rejects a citizen or an official (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, procedure);
    for (const actor of [d.citizen, await official(t.db, "HN-BD-PX", ["reception"])]) {
      await expect(
        deliverMessage(t.db, {
          actor,
          input: { code: d.code, name: "supplement-submitted", idempotencyKey: "m" },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
  });
});
