import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import { KHAI_SINH_DATA, official, openTaskOf, submitAs } from "../../store/test-support";
import { claimTask } from "../claim-task";
import { countQueues } from "./count-queues";
import { MONDAY, setupKhaiSinh } from "./test-support";

describeOnBothDatabases("countQueues", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    await expect(countQueues(t.db, { actor: d.citizen })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("counts each queue with the list's filters", async () => {
    const name = `Đếm ${Date.now()}`;
    const a = await submitAs(t.db, procedure, { ...KHAI_SINH_DATA, hoTen: name }, MONDAY);
    await submitAs(t.db, procedure, { ...KHAI_SINH_DATA, hoTen: name }, MONDAY);
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    await claimTask(t.db, {
      actor: me,
      input: { taskId: (await openTaskOf(t.db, a.id, "Task_Reception")).id },
    });
    const later = new Date("2026-03-03T09:00:00+07:00");
    expect(await countQueues(t.db, { actor: me, now: later, input: { applicant: name } })).toEqual({
      mine: 1,
      unclaimed: 1,
      dueSoon: 0,
      overdue: 2,
      paused: 0,
      done: 0,
    });
  });
});
