import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import {
  KHAI_SINH_DATA,
  historyOf,
  official,
  openTaskOf,
  submitAs,
} from "../../store/test-support";
import { apologiseLate } from "./apologise-late";
import { MONDAY, setupKhaiSinh } from "./test-support";

const WEDNESDAY = new Date("2026-03-04T10:00:00+07:00");

describeOnBothDatabases("apologiseLate", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const input = { taskId: task.id, reason: "Quá tải", newDate: "2026-03-06" };
    await expect(
      apologiseLate(t.db, { actor: d.citizen, input, now: WEDNESDAY }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherRole = await official(t.db, "HN-BD-PX", ["leader"]);
    await expect(
      apologiseLate(t.db, { actor: otherRole, input, now: WEDNESDAY }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("apologises once for a late dossier with a later working day, audited", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    const ask = (newDate: string, now = WEDNESDAY) =>
      apologiseLate(t.db, {
        actor: me,
        now,
        input: { taskId: task.id, reason: "Quá tải", newDate },
      });

    await expect(ask("2026-03-06", MONDAY)).rejects.toMatchObject({ code: "CONFLICT" }); // not late yet
    await expect(ask("2026-03-07")).rejects.toMatchObject({ code: "VALIDATION" }); // a Saturday
    await expect(ask("2026-03-04")).rejects.toMatchObject({ code: "VALIDATION" }); // today
    expect(await ask("2026-03-06")).toEqual({ code: d.code, newDate: "2026-03-06" });
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "dossier.apologised",
      actorId: me.id,
      details: expect.objectContaining({ newDate: "2026-03-06", reasons: "Quá tải" }),
    });
    await expect(ask("2026-03-09")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already"),
    });
  });
});
