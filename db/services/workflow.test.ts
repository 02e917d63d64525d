/** A shipped workflow (workflows/dang-ky-khai-sinh) submitted and completed through the verbs and the worker. */
import { asc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, outbox, resultDocuments } from "../schema";
import { describeOnBothDatabases } from "../testing";
import {
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
  workflowFiles,
} from "../store/test-support";
import { drain } from "../worker/in-process";
import { completeTask } from "./complete-task";
import { deliverSupplement } from "./deliver-supplement";
import { requestSupplement } from "./request-supplement";

describeOnBothDatabases("dang-ky-khai-sinh through the verbs", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("goes submitted → supplement → received → processing → returned, with DVCQG codes in step", async () => {
    const d = await submitAs(t.db, procedure, undefined, new Date("2026-03-03T09:00:00+07:00"));
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const specialist = await official(t.db, "HN-BD-PX", ["specialist"]);
    const leader = await official(t.db, "HN-BD-PX", ["leader"]);
    const step = async (
      actor: typeof reception,
      element: string,
      data: Record<string, unknown>,
    ) => {
      const task = await openTaskOf(t.db, d.id, element);
      const roleHolder = task.roles.some((r) => actor.memberships[0]!.roles.includes(r))
        ? actor
        : leader;
      return completeTask(t.db, {
        actor: roleHolder,
        input: { taskId: task.id, data, idempotencyKey: `${element}-${Math.random()}` },
      });
    };
    await requestSupplement(t.db, {
      actor: reception,
      input: {
        taskId: (await openTaskOf(t.db, d.id, "Task_Reception")).id,
        reasons: "Ảnh mờ",
        idempotencyKey: "s",
      },
    });
    await deliverSupplement(t.db, {
      actor: d.citizen,
      input: { code: d.code, data: { giayChungSinh: "files::ro" }, idempotencyKey: "d" },
    });
    expect((await step(reception, "Task_Reception", { decision: "approve" })).dossier.status).toBe(
      "received",
    );
    expect(
      (await step(specialist, "Task_Register", { soDangKy: "125", quyenSo: "01/2026" })).dossier
        .status,
    ).toBe("processing");
    await step(leader, "Task_Sign", { note: "Đồng ý ký" });
    await drain(t.db);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row).toMatchObject({
      status: "returned",
      dvcqgStatus: 10,
      supplementCount: 1,
      pauseStartedAt: null,
    });
    expect(row!.finishedAt).toBeInstanceOf(Date);
    expect(
      await t.db.select().from(resultDocuments).where(eq(resultDocuments.dossierId, d.id)),
    ).toHaveLength(1);
    const syncs = (
      await t.db.select().from(outbox).where(eq(outbox.dossierId, d.id)).orderBy(asc(outbox.id))
    )
      .filter((o) => o.kind === "dvcqg-sync")
      .map((o) => o.payload.to);
    expect(syncs).toEqual([1, 5, 2, 4, 10]);
    // History versions are contiguous: one row per applied command, as many as the dossier's version.
    const versions = (await historyOf(t.db, d.id))
      .map((h) => h.details?.version)
      .filter((v) => v !== undefined);
    expect(versions).toEqual(Array.from({ length: row!.version }, (_, i) => i + 1));
  });
});
