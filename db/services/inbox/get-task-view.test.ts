import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import { KHAI_SINH_DATA, official, openTaskOf, submitAs } from "../../store/test-support";
import { claimTask } from "../claim-task";
import { completeTask } from "../complete-task";
import { requestSupplement } from "../request-supplement";
import { addComment } from "./add-comment";
import { getTaskView } from "./get-task-view";
import { MONDAY, setupKhaiSinh } from "./test-support";

describeOnBothDatabases("getTaskView", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    await expect(
      getTaskView(t.db, { actor: d.citizen, input: { taskId: task.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    await expect(
      getTaskView(t.db, { actor: elsewhere, input: { taskId: task.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows the dossier, its forms, the control sheet with timings, slips, comments and the allowed actions", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const first = await openTaskOf(t.db, d.id, "Task_Reception");
    const fresh = await getTaskView(t.db, {
      actor: reception,
      now: MONDAY,
      input: { taskId: first.id },
    });
    expect(fresh.can).toMatchObject({
      claim: true,
      complete: true,
      requestSupplement: true,
      refuse: true,
      apologise: false,
      assign: false,
    });
    expect(fresh.dossier).toMatchObject({ code: d.code, applicant: KHAI_SINH_DATA.hoTen });
    expect(fresh.dossier.startForm?.id).toBe("Form_KhaiSinhToKhai");
    expect(fresh.task.form?.id).toBe("Form_KhaiSinhTiepNhan");

    await claimTask(t.db, { actor: reception, input: { taskId: first.id } });
    await requestSupplement(t.db, {
      actor: reception,
      now: MONDAY,
      input: { taskId: first.id, reasons: "1. Giấy chứng sinh", idempotencyKey: "s" },
    });
    await addComment(t.db, { actor: reception, input: { taskId: first.id, body: "Đã báo" } });
    // Finished late: Monday's 17:00 deadline passed before Tuesday's completion.
    const view = await getTaskView(t.db, {
      actor: reception,
      now: new Date("2026-03-03T09:00:00+07:00"),
      input: { taskId: first.id },
    });
    expect(view.slips.supplement).toMatchObject({ reasons: "1. Giấy chứng sinh" });
    expect(view.comments.map((c) => c.body)).toEqual(["Đã báo"]);
    expect(view.sheet).toEqual([
      expect.objectContaining({ taskId: first.id, unit: "HN-BD-PX", timing: "onTime" }),
    ]);
    expect(view.can.complete).toBe(false);

    const leader = await official(t.db, "HN-BD-PX", ["leader", "reception"]);
    const d2 = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const second = await openTaskOf(t.db, d2.id, "Task_Reception");
    await completeTask(t.db, {
      actor: reception,
      now: new Date("2026-03-03T09:00:00+07:00"),
      input: { taskId: second.id, data: { decision: "approve" }, idempotencyKey: "c" },
    });
    const next = await openTaskOf(t.db, d2.id, "Task_Register");
    const specialist = await official(t.db, "HN-BD-PX", ["specialist"]);
    const asLeader = await getTaskView(t.db, {
      actor: leader,
      now: new Date("2026-03-03T10:00:00+07:00"),
      input: { taskId: second.id },
    });
    expect(asLeader.sheet[0]).toMatchObject({ timing: "late" });
    const nextView = await getTaskView(t.db, {
      actor: specialist,
      now: new Date("2026-03-03T10:00:00+07:00"),
      input: { taskId: next.id },
    });
    expect(nextView.late).toBe(true);
    expect(nextView.can.apologise).toBe(true);
    expect(nextView.sheet.map((l) => l.fromUnitName)).toEqual([null, "Phường Phúc Xá"]);
    // The path so far: the published diagram, the reception step done, the register step current.
    expect(nextView.path.bpmn).toContain('id="Task_Register"');
    expect(nextView.path.done.map((s) => s.element)).toContain("Task_Reception");
    expect(nextView.path.done.map((s) => s.element)).not.toContain("Task_Register");
    expect(nextView.path.current[0]).toBe("Task_Register");
  });
});
