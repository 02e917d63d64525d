import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { comments } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import {
  KHAI_SINH_DATA,
  historyOf,
  official,
  openTaskOf,
  submitAs,
} from "../../store/test-support";
import { addComment } from "./add-comment";
import { MONDAY, setupKhaiSinh } from "./test-support";

describeOnBothDatabases("addComment", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const input = { taskId: task.id, body: "Xin chào" };
    await expect(addComment(t.db, { actor: d.citizen, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    await expect(addComment(t.db, { actor: elsewhere, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("stores the comment on the dossier and task with its audit row", async () => {
    const d = await submitAs(t.db, procedure, KHAI_SINH_DATA, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const me = await official(t.db, "HN-BD-PX", ["reception"]);
    const { id } = await addComment(t.db, {
      actor: me,
      input: { taskId: task.id, body: "  Đã gọi điện cho người nộp.  " },
    });
    const [row] = await t.db.select().from(comments).where(eq(comments.id, id));
    expect(row).toMatchObject({
      dossierId: d.id,
      taskId: task.id,
      authorId: me.id,
      body: "Đã gọi điện cho người nộp.",
    });
    expect((await historyOf(t.db, d.id)).at(-1)).toMatchObject({
      action: "comment.added",
      actorId: me.id,
      details: expect.objectContaining({ comment: id }),
    });
    await expect(
      addComment(t.db, { actor: me, input: { taskId: task.id, body: "   " } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
