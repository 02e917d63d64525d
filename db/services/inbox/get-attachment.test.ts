import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "../../client";
import { storeBytes } from "../../portal-files/store";
import { attachments } from "../../schema";
import { official, openTaskOf, submitAs } from "../../store/test-support";
import { describeOnBothDatabases } from "../../testing";
import { getAttachment } from "./get-attachment";
import { MONDAY, setupKhaiSinh } from "./test-support";

const saved = process.env.PORTAL_UPLOAD_DIR;
beforeAll(async () => {
  process.env.PORTAL_UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "inbox-files-"));
});
afterAll(() => {
  process.env.PORTAL_UPLOAD_DIR = saved;
});

async function attach(db: Db, dossierId: string, bytes: string, mime: string): Promise<string> {
  const id = randomUUID();
  const storagePath = await storeBytes(id, new TextEncoder().encode(bytes));
  await db.insert(attachments).values({
    id,
    dossierId,
    fileName: "Giấy chứng sinh.pdf",
    mime,
    size: bytes.length,
    sha256: "0".repeat(64),
    storagePath,
  });
  return id;
}

describeOnBothDatabases("getAttachment", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("rejects an unauthorised actor and a file of another dossier", async () => {
    const d = await submitAs(t.db, procedure, undefined, MONDAY);
    const other = await submitAs(t.db, procedure, undefined, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const mine = await attach(t.db, d.id, "%PDF-1.4", "application/pdf");
    const theirs = await attach(t.db, other.id, "%PDF-1.4", "application/pdf");
    const input = { taskId: task.id, attachmentId: mine };
    await expect(getAttachment(t.db, { actor: d.citizen, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const elsewhere = await official(t.db, "HN-BD-KM", ["reception"]);
    await expect(getAttachment(t.db, { actor: elsewhere, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    await expect(
      getAttachment(t.db, { actor: reception, input: { taskId: task.id, attachmentId: theirs } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getAttachment(t.db, { actor: reception, input: { taskId: task.id, attachmentId: "../x" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("gives an official of the unit the stored bytes, inline only for PDFs and images", async () => {
    const d = await submitAs(t.db, procedure, undefined, MONDAY);
    const task = await openTaskOf(t.db, d.id, "Task_Reception");
    const reception = await official(t.db, "HN-BD-PX", ["reception"]);
    const pdf = await attach(t.db, d.id, "%PDF-1.4 hello", "application/pdf");
    const svg = await attach(t.db, d.id, "<svg/>", "image/svg+xml");
    const file = await getAttachment(t.db, {
      actor: reception,
      input: { taskId: task.id, attachmentId: pdf },
    });
    expect(file).toMatchObject({ mime: "application/pdf", size: 14, inline: true });
    expect(await new Response(file.open()).text()).toBe("%PDF-1.4 hello");
    const other = await getAttachment(t.db, {
      actor: reception,
      input: { taskId: task.id, attachmentId: svg },
    });
    expect(other.inline).toBe(false);
  });
});
