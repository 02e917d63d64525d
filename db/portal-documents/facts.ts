/** The facts every portal PDF prints about a dossier, read once from the database. */
import { and, eq, isNotNull, like } from "drizzle-orm";
import type { Db } from "../client";
import { attachments, procedureVersions, units, users, type DossierRow } from "../schema";
import type { DossierFacts } from "./slips";

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

export async function dossierFacts(
  db: Db,
  d: DossierRow,
  trackingUrl: string | null,
): Promise<DossierFacts> {
  const [[version], [unit], [person], docs] = await Promise.all([
    db
      .select({ metadata: procedureVersions.metadata })
      .from(procedureVersions)
      .where(
        and(
          eq(procedureVersions.procedureId, d.procedureId),
          eq(procedureVersions.version, d.procedureVersion),
        ),
      ),
    db.select({ name: units.name }).from(units).where(eq(units.code, d.jurisdiction)),
    d.applicantId
      ? db.select({ name: users.name }).from(users).where(eq(users.id, d.applicantId))
      : Promise.resolve([]),
    db
      .select({ name: attachments.fileName, field: attachments.fieldKey })
      .from(attachments)
      .where(and(eq(attachments.dossierId, d.id), isNotNull(attachments.uploadedBy))),
  ]);
  return {
    code: d.code,
    procedureName: version?.metadata.name ?? d.procedureId,
    procedureCode: version?.metadata.code ?? null,
    applicantName: d.applicantName ?? str(d.data.hoTen) ?? person?.name ?? "—",
    applicantId: d.applicantIdNumber ?? str(d.data.soCccd),
    unitName: unit?.name ?? d.jurisdiction,
    receivedAt: d.receivedAt,
    dueDate: d.dueDate,
    documents: docs.map((x) => x.name),
    trackingUrl,
  };
}

/** The field key under which the issued result PDF is filed among the dossier's attachments. */
export const RESULT_FIELD = "result:";
export const resultFieldLike = like(attachments.fieldKey, `${RESULT_FIELD}%`);
