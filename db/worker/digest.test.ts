import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { inboxDigests } from "../schema";
import { mailsTo, MONDAY, setupKhaiSinh, withEmail } from "../services/inbox/test-support";
import { official, openTaskOf, submitAs } from "../store/test-support";
import { describeOnBothDatabases } from "../testing";
import { sendDailyDigests } from "./digest";

describeOnBothDatabases("daily digest", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("sends each official one email a working day from 07:00 Hanoi time with overdue and due-soon tasks", async () => {
    // Given a task overdue since Monday 17:00 and one received Tuesday (due within a working day).
    const late = await submitAs(t.db, procedure, undefined, MONDAY);
    const fresh = await submitAs(t.db, procedure, undefined, new Date("2026-03-03T06:00:00+07:00"));
    const lateTask = await openTaskOf(t.db, late.id, "Task_Reception");
    const freshTask = await openTaskOf(t.db, fresh.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    const noMail = await official(t.db, "HN-BD-PX", ["reception"]);
    await withEmail(t.db, reception.id, "reception@px.example.vn");
    await withEmail(t.db, elsewhere.id, "reception@km.example.vn");

    // When the job runs before 07:00 Hanoi time, nothing is sent.
    expect(await sendDailyDigests(t.db, { now: new Date("2026-03-03T06:59:00+07:00") })).toEqual(
      [],
    );

    // When three workers run it at 07:00 at once…
    const seven = new Date("2026-03-03T07:00:00+07:00");
    const runs = await Promise.all([1, 2, 3].map(() => sendDailyDigests(t.db, { now: seven })));
    // …then the official gets exactly one email listing both tasks.
    expect(runs.flat().filter((id) => id === reception.id)).toHaveLength(1);
    const mails = await mailsTo(t.db, "reception@px.example.vn");
    expect(mails).toHaveLength(1);
    const text = String(mails[0]!.payload.text);
    expect(text).toContain(`/inbox/tasks/${lateTask.id}`);
    expect(text).toContain(`/inbox/tasks/${freshTask.id}`);
    expect(text.indexOf("Quá hạn")).toBeLessThan(text.indexOf(late.code));
    expect(String(mails[0]!.payload.subject)).toContain("1 quá hạn, 1 sắp đến hạn");
    // An official of another unit has nothing due: the day is marked, no email.
    expect(await mailsTo(t.db, "reception@km.example.vn")).toHaveLength(0);
    const marks = await t.db.select().from(inboxDigests).where(eq(inboxDigests.day, "2026-03-03"));
    expect(marks.find((m) => m.userId === elsewhere.id)).toMatchObject({ tasks: 0 });
    expect(marks.find((m) => m.userId === noMail.id)).toBeUndefined();

    // And later that day nothing is sent again; the next working day is a new digest.
    await sendDailyDigests(t.db, { now: new Date("2026-03-03T15:00:00+07:00") });
    expect(await mailsTo(t.db, "reception@px.example.vn")).toHaveLength(1);
    await sendDailyDigests(t.db, { now: new Date("2026-03-04T07:05:00+07:00") });
    expect(await mailsTo(t.db, "reception@px.example.vn")).toHaveLength(2);
  });

  it("sends nothing on a non-working day", async () => {
    const saturday = new Date("2026-03-07T08:00:00+07:00");
    expect(await sendDailyDigests(t.db, { now: saturday })).toEqual([]);
  });
});
