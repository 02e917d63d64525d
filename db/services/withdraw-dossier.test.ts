import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, tasks, timers } from "../schema";
import { timerBpmn } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  admin,
  citizen,
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import { cancelDossier } from "./cancel-dossier";
import { completeTask } from "./complete-task";
import { withdrawDossier } from "./withdraw-dossier";

describeOnBothDatabases("withdrawDossier / cancelDossier", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, timerBpmn("PT1H"), []);
  });

  it("the applicant withdraws (DVCQG 7): tasks and timers cancelled, later commands refused", async () => {
    const d = await submitAs(t.db, "Store_Timer", {});
    const task = await openTaskOf(t.db, d.id, "Task_Wait");
    const out = await withdrawDossier(t.db, {
      actor: d.citizen,
      input: { code: d.code, reason: "nộp nhầm", idempotencyKey: "w" },
    });
    expect(out).toMatchObject({ status: "withdrawn", dvcqgStatus: 7, version: 2 });
    expect(
      await withdrawDossier(t.db, {
        actor: d.citizen,
        input: { code: d.code, idempotencyKey: "w" },
      }),
    ).toEqual(out);
    expect((await t.db.select().from(tasks).where(eq(tasks.dossierId, d.id)))[0]!.state).toBe(
      "cancelled",
    );
    expect((await t.db.select().from(timers).where(eq(timers.dossierId, d.id)))[0]!.status).toBe(
      "cancelled",
    );
    await expect(
      completeTask(t.db, {
        actor: await official(t.db, "HN-BD-PX", ["specialist"]),
        input: { taskId: task.id, idempotencyKey: "c" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "dossier.withdrawn",
      actorId: d.citizen.id,
      fromStatus: "submitted",
      toStatus: "withdrawn",
    });
  });

  it("another citizen may not withdraw it (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, "Store_Timer", {});
    await expect(
      withdrawDossier(t.db, {
        actor: await citizen(t.db),
        input: { code: d.code, idempotencyKey: "w" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
  });

  it("an admin cancels (DVCQG 8); a citizen may not", async () => {
    const d = await submitAs(t.db, "Store_Timer", {});
    await expect(
      cancelDossier(t.db, {
        actor: d.citizen,
        input: { code: d.code, reason: "x", idempotencyKey: "c" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
    const a = await admin(t.db);
    const out = await cancelDossier(t.db, {
      actor: a,
      input: { code: d.code, reason: "trùng hồ sơ", idempotencyKey: "c" },
    });
    expect(out).toMatchObject({ status: "stopped", dvcqgStatus: 8 });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.finishedAt).toBeInstanceOf(Date);
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "dossier.cancelled",
      actorKind: "admin",
      actorId: a.id,
    });
    await expect(
      cancelDossier(t.db, {
        actor: a,
        input: { code: d.code, reason: "again", idempotencyKey: "c2" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
