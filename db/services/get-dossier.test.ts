import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../testing";
import {
  admin,
  citizen,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  submitAs,
  workflowFiles,
} from "../store/test-support";
import type { Actor } from "./actor";
import { completeTask } from "./complete-task";
import { getDossier } from "./get-dossier";
import { listMyDossiers } from "./list-my-dossiers";

describeOnBothDatabases("getDossier / listMyDossiers", (t) => {
  let khaiSinh = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    khaiSinh = await publishRaw(t.db, bpmn, forms);
  });

  const read = (actors: Actor[], code: string, secret?: string) =>
    getDossier(t.db, { actors, input: { code, secret } });

  it("its citizen reads the §7 shape: history of completed activities and open tasks with ids", async () => {
    const d = await submitAs(t.db, khaiSinh);
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    await completeTask(t.db, {
      actor: reception,
      input: { taskId: task.id, data: { decision: "approve" }, idempotencyKey: "k" },
    });
    const view = await read([d.citizen], d.code);
    expect(view).toMatchObject({
      code: d.code,
      procedure: khaiSinh,
      version: 1,
      status: "active",
      stage: "received",
      dvcqgStatus: 2,
      jurisdiction: "HN-BD-PX",
      dueDate: d.dueDate,
    });
    expect(view.history.map((h) => [h.element, h.type, h.unit])).toContainEqual([
      "Task_Reception",
      "userTask",
      "HN-BD-PX",
    ]);
    expect(view.openTasks).toEqual([
      expect.objectContaining({ element: "Task_Register", unit: "HN-BD-PX", state: "open" }),
    ]);
    expect(view.openTasks[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(view.data).toMatchObject({ hoTenTre: expect.any(String) });
  });

  it("an official of a unit it passed through and an admin read it; another unit's official does not", async () => {
    const d = await submitAs(t.db, khaiSinh);
    const here = await official(t.db, "HN-BD-PX", ["leader"]);
    const elsewhere = await official(t.db, "HN-BD-NK", ["reception"]);
    await expect(read([here], d.code)).resolves.toMatchObject({ code: d.code });
    await expect(read([await admin(t.db)], d.code)).resolves.toMatchObject({ code: d.code });
    await expect(read([elsewhere], d.code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("another citizen gets NOT_FOUND, never the content", async () => {
    const d = await submitAs(t.db, khaiSinh);
    const other = await citizen(t.db);
    await expect(read([other], d.code)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read([other], "HN-BD-PX.20990101-000001")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the tracking secret opens a view without personal data; a wrong one is NOT_FOUND", async () => {
    const d = await submitAs(t.db, khaiSinh);
    const view = await read([], d.code, d.secret);
    expect(view.code).toBe(d.code);
    expect(view.data).toBeUndefined();
    expect(view.openTasks.every((x) => x.assignee === null)).toBe(true);
    await expect(read([], d.code, `${d.secret}x`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read([], d.code)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("an integration reads with the read scope only", async () => {
    const d = await submitAs(t.db, khaiSinh);
    const owner = (await admin(t.db)).id;
    const reader: Actor = { kind: "integration", id: owner, scopes: ["read"] };
    const messenger: Actor = { kind: "integration", id: owner, scopes: ["messages"] };
    await expect(read([reader], d.code)).resolves.toMatchObject({ code: d.code });
    await expect(read([messenger], d.code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a citizen lists only their own dossiers, newest first", async () => {
    const d = await submitAs(t.db, khaiSinh);
    await submitAs(t.db, khaiSinh);
    const mine = await listMyDossiers(t.db, { actor: d.citizen });
    expect(mine.map((m) => m.code)).toEqual([d.code]);
    expect(mine[0]).toMatchObject({ status: "active", stage: "submitted", dvcqgStatus: 1 });
    await expect(
      listMyDossiers(t.db, { actor: await official(t.db, "HN-BD-PX", ["reception"]) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
