import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, history, tasks } from "../schema";
import { timerBpmn } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  citizen,
  KHAI_SINH_DATA,
  official,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "../store/test-support";
import { submitDossier } from "./submit-dossier";

const AT = new Date("2026-03-02T09:00:00+07:00");

describeOnBothDatabases("submitDossier", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("creates the dossier with its code, first task, due date and a history row", async () => {
    const actor = await citizen(t.db);
    const out = await submitDossier(t.db, {
      actor,
      now: AT,
      input: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: "k1" },
    });
    expect(out.code).toMatch(/^HN-BD-PX-20260302-\d{7}$/);
    expect(out).toMatchObject({ status: "submitted", dueDate: "2026-03-02" });
    expect(out.secret.length).toBeGreaterThan(20);
    const [d] = await t.db.select().from(dossiers).where(eq(dossiers.code, out.code));
    expect(d).toMatchObject({
      version: 1,
      dvcqgStatus: 1,
      applicantId: actor.id,
      applicantName: KHAI_SINH_DATA.hoTen,
    });
    expect(d!.trackingSecretHash).not.toContain(out.secret);
    const open = await t.db.select().from(tasks).where(eq(tasks.dossierId, d!.id));
    expect(open.map((x) => [x.elementId, x.unitCode, x.state])).toEqual([
      ["Task_Reception", "HN-BD-PX", "open"],
    ]);
    const h = await t.db.select().from(history).where(eq(history.dossierId, d!.id));
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      action: "dossier.submitted",
      actorKind: "citizen",
      actorId: actor.id,
      toStatus: "submitted",
    });
  });

  it("takes the applicant's name from the account when the form has no name field", async () => {
    const actor = await citizen(t.db);
    const timer = await publishRaw(t.db, timerBpmn("PT1H"), []);
    const out = await submitDossier(t.db, {
      actor,
      input: { procedure: timer, jurisdiction: "HN-BD-PX", data: {}, idempotencyKey: "n" },
    });
    const [d] = await t.db.select().from(dossiers).where(eq(dossiers.code, out.code));
    expect(d!.applicantName).toMatch(/^User /);
  });

  it("returns the first answer for the same idempotency key and creates one dossier", async () => {
    const actor = await citizen(t.db);
    const input = {
      procedure,
      jurisdiction: "HN-BD-PX",
      data: KHAI_SINH_DATA,
      idempotencyKey: "same",
    };
    const [a, b] = await Promise.all([
      submitDossier(t.db, { actor, input }),
      submitDossier(t.db, { actor, input }),
    ]);
    const c = await submitDossier(t.db, { actor, input });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(
      await t.db.select().from(dossiers).where(eq(dossiers.applicantId, actor.id)),
    ).toHaveLength(1);
  });

  it("refuses start-form errors naming the fields, creating nothing", async () => {
    const actor = await citizen(t.db);
    const bad = { ...KHAI_SINH_DATA, hoTen: "" };
    await expect(
      submitDossier(t.db, {
        actor,
        input: { procedure, jurisdiction: "HN-BD-PX", data: bad, idempotencyKey: "x" },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: expect.arrayContaining([expect.objectContaining({ field: "hoTen" })]),
    });
    expect(
      await t.db.select().from(dossiers).where(eq(dossiers.applicantId, actor.id)),
    ).toHaveLength(0);
  });

  it("rejects an unauthorised actor without writing history", async () => {
    const actor = await official(t.db, "HN-BD-PX", ["reception"]);
    const before = (await t.db.select().from(history)).length;
    await expect(
      submitDossier(t.db, {
        actor,
        input: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: "y" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await t.db.select().from(history)).length).toBe(before);
  });

  it("gives unique codes to many dossiers submitted at once", async () => {
    const actor = await citizen(t.db);
    const outs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submitDossier(t.db, {
          actor,
          now: AT,
          input: {
            procedure,
            jurisdiction: "HN-BD-PX",
            data: KHAI_SINH_DATA,
            idempotencyKey: `m${i}`,
          },
        }),
      ),
    );
    expect(new Set(outs.map((o) => o.code)).size).toBe(20);
  });
});
