import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers } from "../schema";
import { describeOnBothDatabases } from "../testing";
import {
  citizen,
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
  workflowFiles,
} from "../store/test-support";
import { completeTask } from "./complete-task";
import { deliverSupplement } from "./deliver-supplement";
import { requestSupplement } from "./request-supplement";

describeOnBothDatabases("requestSupplement / deliverSupplement", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("pauses the dossier waiting on the citizen (DVCQG 5), once; the citizen's delivery resumes it", async () => {
    const d = await submitAs(t.db, procedure);
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const asked = await requestSupplement(t.db, {
      actor: reception,
      input: { taskId: task.id, reasons: "Ảnh mờ", idempotencyKey: "q" },
    });
    expect(asked.dossier.status).toBe("supplement");
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row).toMatchObject({ dvcqgStatus: 5, supplementCount: 1 });
    expect(row!.pauseStartedAt).toBeInstanceOf(Date);
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "supplement.requested",
      actorId: reception.id,
      toStatus: "supplement",
    });

    const stranger = await citizen(t.db);
    await expect(
      deliverSupplement(t.db, {
        actor: stranger,
        input: { code: d.code, data: {}, idempotencyKey: "x" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const back = await deliverSupplement(t.db, {
      actor: d.citizen,
      input: { code: d.code, data: { giayChungSinh: "files::new" }, idempotencyKey: "d" },
    });
    expect(back.status).toBe("received");
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "supplement.delivered",
      actorKind: "citizen",
      fromStatus: "supplement",
    });
    await expect(
      deliverSupplement(t.db, {
        actor: d.citizen,
        input: { code: d.code, data: {}, idempotencyKey: "d2" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // A second request on the same dossier is refused (DOMAIN.md: once), also through a plain completion.
    const again = await openTaskOf(t.db, d.id, "Task_Reception");
    await expect(
      requestSupplement(t.db, {
        actor: reception,
        input: { taskId: again.id, reasons: "lần 2", idempotencyKey: "q2" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("supplement") });
    await expect(
      completeTask(t.db, {
        actor: reception,
        input: {
          taskId: again.id,
          data: { decision: "supplement", reasons: "x" },
          idempotencyKey: "q3",
        },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a citizen asking for a supplement (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, procedure);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const before = await historyOf(t.db, d.id);
    await expect(
      requestSupplement(t.db, {
        actor: d.citizen,
        input: { taskId: task.id, reasons: "x", idempotencyKey: "q" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(before.length);
  });
});
