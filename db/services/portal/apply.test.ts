import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setVirusScanner, noScanner } from "../../portal-files/scan";
import { attachments, dossiers, outbox, portalDrafts } from "../../schema";
import {
  citizen,
  historyOf,
  KHAI_SINH_DATA,
  official,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "../../store/test-support";
import { describeOnBothDatabases } from "../../testing";
import { saveDraft } from "./save-draft";
import { getDraft } from "./get-draft";
import { submitApplication } from "./submit-application";
import { uploadAttachment } from "./upload-attachment";

process.env.PORTAL_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "portal-uploads-"));

async function pdfBytes(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

describeOnBothDatabases("portal application", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });
  afterAll(() => setVirusScanner(noScanner));

  it("uploads a sniffed PDF, saves a draft, submits once for a double click, and files the upload", async () => {
    const me = await citizen(t.db);
    const ref = await uploadAttachment(t.db, {
      actor: me,
      input: {
        fieldKey: "giayChungSinh",
        fileName: "giay-chung-sinh.pdf",
        bytes: await pdfBytes(),
      },
    });
    expect(ref).toMatchObject({ mime: "application/pdf", name: "giay-chung-sinh.pdf" });
    await saveDraft(t.db, {
      actor: me,
      input: {
        procedure,
        jurisdiction: "HN-BD-PX",
        data: { ...KHAI_SINH_DATA, giayChungSinh: ref },
      },
    });
    expect((await getDraft(t.db, { actor: me, input: { procedure } }))?.jurisdiction).toBe(
      "HN-BD-PX",
    );
    const input = { procedure, idempotencyKey: "click-0001" };
    const [a, b] = await Promise.all([
      submitApplication(t.db, { actor: me, input }),
      submitApplication(t.db, { actor: me, input }).catch(() => null),
    ]);
    const again = await submitApplication(t.db, { actor: me, input });
    expect(again.code).toBe(a.code);
    if (b) expect(b.code).toBe(a.code);
    expect(await t.db.select().from(dossiers).where(eq(dossiers.applicantId, me.id))).toHaveLength(
      1,
    );
    const [file] = await t.db.select().from(attachments).where(eq(attachments.id, ref.id));
    expect(file?.dossierId).toBe(a.id);
    expect(await t.db.select().from(portalDrafts).where(eq(portalDrafts.citizenId, me.id))).toEqual(
      [],
    );
    const actions = (await historyOf(t.db, a.id)).map((h) => h.action);
    expect(actions.filter((x) => x === "portal.applied")).toHaveLength(1);
    expect((await historyOf(t.db, null)).map((h) => h.action)).toEqual(
      expect.arrayContaining(["attachment.uploaded", "draft.saved"]),
    );
    const mails = await t.db.select().from(outbox).where(eq(outbox.dossierId, a.id));
    expect(mails.filter((m) => m.kind === "email")).toHaveLength(0); // the test user has no email
  });

  it("refuses bad input: nothing is created and the errors name the fields", async () => {
    const me = await citizen(t.db);
    await saveDraft(t.db, {
      actor: me,
      input: { procedure, jurisdiction: "HN-BD-PX", data: { ...KHAI_SINH_DATA, soCccd: "12" } },
    });
    await expect(
      submitApplication(t.db, { actor: me, input: { procedure, idempotencyKey: "bad-00001" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: expect.arrayContaining([expect.objectContaining({ field: "soCccd" })]),
    });
    expect(await t.db.select().from(dossiers).where(eq(dossiers.applicantId, me.id))).toEqual([]);
  });

  it("refuses a file whose bytes are not an allowed type, whatever its name, and a scan that fails", async () => {
    const me = await citizen(t.db);
    const text = new TextEncoder().encode("#!/bin/sh\necho not a pdf\n");
    await expect(
      uploadAttachment(t.db, {
        actor: me,
        input: { fieldKey: "giayChungSinh", fileName: "fake.pdf", bytes: text },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", details: [{ field: "giayChungSinh" }] });
    setVirusScanner({ scan: async () => ({ clean: false, threat: "EICAR" }) });
    await expect(
      uploadAttachment(t.db, {
        actor: me,
        input: { fieldKey: "giayChungSinh", fileName: "a.pdf", bytes: await pdfBytes() },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    setVirusScanner(noScanner);
  });

  it("refuses a file over the configured size limit", async () => {
    const me = await citizen(t.db);
    const bytes = await pdfBytes();
    process.env.PORTAL_MAX_UPLOAD_BYTES = String(bytes.byteLength - 1);
    try {
      await expect(
        uploadAttachment(t.db, {
          actor: me,
          input: { fieldKey: "giayChungSinh", fileName: "a.pdf", bytes },
        }),
      ).rejects.toMatchObject({ code: "VALIDATION", details: [{ field: "giayChungSinh" }] });
    } finally {
      delete process.env.PORTAL_MAX_UPLOAD_BYTES;
    }
  });

  it("refuses another citizen's upload in a draft", async () => {
    const owner = await citizen(t.db);
    const thief = await citizen(t.db);
    const ref = await uploadAttachment(t.db, {
      actor: owner,
      input: { fieldKey: "giayChungSinh", fileName: "x.pdf", bytes: await pdfBytes() },
    });
    await saveDraft(t.db, {
      actor: thief,
      input: {
        procedure,
        jurisdiction: "HN-BD-PX",
        data: { ...KHAI_SINH_DATA, giayChungSinh: ref },
      },
    });
    await expect(
      submitApplication(t.db, { actor: thief, input: { procedure, idempotencyKey: "steal-001" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", details: [{ field: "giayChungSinh" }] });
  });

  it("rejects an unauthorised actor (an official, or nobody) with no audit row", async () => {
    const o = await official(t.db, "HN-BD-PX", ["reception"]);
    const before = (await historyOf(t.db, null)).length;
    await expect(
      saveDraft(t.db, { actor: o, input: { procedure, data: {} } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      uploadAttachment(t.db, {
        actor: null,
        input: { fieldKey: "a", fileName: "a.pdf", bytes: await pdfBytes() },
      }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      submitApplication(t.db, { actor: o, input: { procedure, idempotencyKey: "official1" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await historyOf(t.db, null)).length).toBe(before);
  });
});
