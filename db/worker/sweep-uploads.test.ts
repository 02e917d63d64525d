import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../client";
import { portalConfig } from "../portal-files/config";
import { storeBytes } from "../portal-files/store";
import { attachments, portalDrafts } from "../schema";
import { setupKhaiSinh } from "../services/inbox/test-support";
import { citizen, submitAs } from "../store/test-support";
import { describeOnBothDatabases } from "../testing";
import { sweepAbandonedUploads, UPLOAD_RETENTION_MS } from "./sweep-uploads";

process.env.PORTAL_UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sweep-uploads-"));

const NOW = new Date("2026-11-24T03:00:00.000Z");
const OLD = new Date(NOW.getTime() - UPLOAD_RETENTION_MS - 60_000);
const RECENT = new Date(NOW.getTime() - 60_000);

/** An upload row with its bytes on disk. */
async function upload(
  db: Db,
  by: string,
  createdAt: Date,
  dossierId: string | null = null,
): Promise<{ id: string; file: string }> {
  const id = randomUUID();
  const storagePath = await storeBytes(id, new TextEncoder().encode("%PDF-1.4 test"));
  await db.insert(attachments).values({
    id,
    dossierId,
    fieldKey: "giayChungSinh",
    fileName: "giay.pdf",
    mime: "application/pdf",
    size: 13,
    sha256: "0".repeat(64),
    storagePath,
    uploadedBy: by,
    createdAt,
  });
  return { id, file: path.join(portalConfig().uploadDir, storagePath) };
}

describeOnBothDatabases("sweep of abandoned uploads", (t) => {
  let procedure = "";
  beforeAll(async () => {
    procedure = await setupKhaiSinh(t.db);
  });

  it("removes old unattached uploads no draft names, row and file, and keeps the rest", async () => {
    const d = await submitAs(t.db, procedure);
    const someone = await citizen(t.db);
    const abandoned = await upload(t.db, someone.id, OLD);
    const recent = await upload(t.db, someone.id, RECENT);
    const attached = await upload(t.db, d.citizen.id, OLD, d.id);
    const inDraft = await upload(t.db, someone.id, OLD);
    await t.db.insert(portalDrafts).values({
      citizenId: someone.id,
      procedureId: procedure,
      data: { giayChungSinh: [{ id: inDraft.id, name: "giay.pdf" }] },
    });

    const swept = await sweepAbandonedUploads(t.db, { now: NOW });

    expect(swept).toEqual([abandoned.id]);
    expect(existsSync(abandoned.file)).toBe(false);
    const left = await t.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(inArray(attachments.id, [abandoned.id, recent.id, attached.id, inDraft.id]));
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, attached.id, inDraft.id].sort());
    for (const kept of [recent, attached, inDraft]) expect(existsSync(kept.file)).toBe(true);
    // a second run finds nothing more
    expect(await sweepAbandonedUploads(t.db, { now: NOW })).toEqual([]);
  });

  it("lets go of an upload once the draft that named it no longer does", async () => {
    const someone = await citizen(t.db);
    const u = await upload(t.db, someone.id, OLD);
    const [draft] = await t.db
      .insert(portalDrafts)
      .values({
        citizenId: someone.id,
        procedureId: procedure,
        data: { giayChungSinh: { id: u.id } },
      })
      .returning();
    expect(await sweepAbandonedUploads(t.db, { now: NOW })).toEqual([]);
    await t.db.update(portalDrafts).set({ data: {} }).where(eq(portalDrafts.id, draft!.id));
    expect(await sweepAbandonedUploads(t.db, { now: NOW })).toEqual([u.id]);
  });
});
