/**
 * The applicant answers a supplement request: the documents they uploaded
 * for it (their own, not yet filed) and an optional note go to the dossier
 * through `deliverSupplement` (the model resumes, the clock restarts), then
 * the uploads are filed on the dossier with the audit row.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { attachments, history } from "../../schema";
import { dossierByCode } from "../../store/dossiers";
import type { Actor } from "../actor";
import { deliverSupplement, type DossierAnswer } from "../deliver-supplement";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asCitizen, auditPortal } from "./common";

const FileRefSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  mime: z.string().min(3).max(255),
});

export const AnswerSupplementInput = z.object({
  code: z.string().min(1).max(100),
  files: z.array(FileRefSchema).min(1).max(20),
  note: z.string().trim().max(2000).optional(),
  idempotencyKey: z.string().min(8).max(200),
});

export async function answerSupplement(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<DossierAnswer> {
  const citizen = asCitizen(actor, "answer supplement requests");
  const { code, files, note, idempotencyKey } = parseInput(AnswerSupplementInput, input);
  const d = await dossierByCode(db, code);
  if (d.applicantId !== citizen.id)
    throw new ServiceError("FORBIDDEN", `dossier ${code} is not yours`);
  const ids = files.map((f) => f.id);
  const mine = await db
    .select({ id: attachments.id, dossierId: attachments.dossierId })
    .from(attachments)
    .where(and(inArray(attachments.id, ids), eq(attachments.uploadedBy, citizen.id)));
  const usable = new Set(
    mine.filter((m) => m.dossierId === null || m.dossierId === d.id).map((m) => m.id),
  );
  if (ids.some((id) => !usable.has(id)))
    throw new ServiceError("VALIDATION", "unknown upload", [
      { field: "files", message: "unknown upload" },
    ]);
  const out = await deliverSupplement(db, {
    actor: citizen,
    now,
    input: {
      code,
      data: { supplementFiles: files, ...(note ? { supplementNote: note } : {}) },
      idempotencyKey,
    },
  });
  await db.transaction(async (tx) => {
    const [done] = await tx
      .select({ id: history.id })
      .from(history)
      .where(and(eq(history.dossierId, d.id), eq(history.action, "portal.supplement-filed")))
      .orderBy(history.id);
    const linked = await tx
      .update(attachments)
      .set({ dossierId: d.id })
      .where(and(inArray(attachments.id, ids), isNull(attachments.dossierId)))
      .returning({ id: attachments.id });
    if (linked.length > 0 || !done)
      await auditPortal(
        tx,
        citizen,
        "portal.supplement-filed",
        d.id,
        { files: ids },
        now,
        out.status,
      );
  });
  return out;
}
