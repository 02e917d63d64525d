import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import {
  KHAI_SINH_DATA,
  historyOf,
  official,
  openTaskOf,
  submitAs,
} from "../../store/test-support";
import { completeTask } from "../complete-task";
import { refuseDossier } from "./refuse-dossier";
import { MONDAY, setupKhaiSinh } from "./test-support";

describeOnBothDatabases("refuseDossier", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const input = { taskId: task.id, reasons: ["Sai thẩm quyền"], idempotencyKey: "r" };
    await expect(refuseDossier(t.db, { actor: d.citizen, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    await expect(refuseDossier(t.db, { actor: elsewhere, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses with every reason listed, ends the dossier and audits it; a second try conflicts", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    const out = await refuseDossier(t.db, {
      actor: me,
      now: MONDAY,
      input: {
        taskId: task.id,
        reasons: ["Không thuộc thẩm quyền", "Trẻ đã được khai sinh"],
        idempotencyKey: "r",
      },
    });
    expect(out).toEqual({ code: d.code, status: "refused" });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row).toMatchObject({ status: "refused", dvcqgStatus: 3 });
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "dossier.refused",
      actorId: me.id,
      toStatus: "refused",
      details: expect.objectContaining({
        reasons: "1. Không thuộc thẩm quyền\n2. Trẻ đã được khai sinh",
      }),
    });
    await expect(
      refuseDossier(t.db, {
        actor: me,
        input: { taskId: task.id, reasons: ["lại"], idempotencyKey: "r2" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is refused where the task's form offers no refusal", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    await completeTask(t.db, {
      actor: reception,
      now: MONDAY,
      input: {
        taskId: (await openTaskOf(t.db, d.id, "Task_Reception")).id,
        data: { decision: "approve" },
        idempotencyKey: "a",
      },
    });
    const specialist = await official(t.db, "HN-BD-PX", ["specialist"]);
    const task = await openTaskOf(t.db, d.id, "Task_Register");
    await expect(
      refuseDossier(t.db, {
        actor: specialist,
        input: { taskId: task.id, reasons: ["x"], idempotencyKey: "r" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
