/**
 * "My dossiers" (`/ho-so-cua-toi`): the citizen's dossiers with their
 * procedure's name, and the drafts they have not submitted yet.
 */
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../client";
import { portalDrafts, procedureVersions } from "../../schema";
import type { Actor } from "../actor";
import { listMyDossiers, type MyDossier } from "../list-my-dossiers";
import { asCitizen } from "./common";

export interface MyApplications {
  dossiers: (MyDossier & { procedureName: string })[];
  drafts: { procedure: string; procedureName: string; updatedAt: string }[];
}

export async function listMyApplications(
  db: Db,
  { actor }: { actor: Actor | null },
): Promise<MyApplications> {
  const citizen = asCitizen(actor, "have dossiers");
  const [mine, drafts] = await Promise.all([
    listMyDossiers(db, { actor: citizen, limit: 200 }),
    db
      .select()
      .from(portalDrafts)
      .where(eq(portalDrafts.citizenId, citizen.id))
      .orderBy(desc(portalDrafts.updatedAt)),
  ]);
  const ids = [...new Set([...mine.map((m) => m.procedure), ...drafts.map((d) => d.procedureId)])];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await db
      .select({ id: procedureVersions.procedureId, metadata: procedureVersions.metadata })
      .from(procedureVersions)
      .where(inArray(procedureVersions.procedureId, ids))
      .orderBy(procedureVersions.version);
    for (const r of rows) names.set(r.id, r.metadata.name);
  }
  return {
    dossiers: mine.map((m) => ({ ...m, procedureName: names.get(m.procedure) ?? m.procedure })),
    drafts: drafts.map((d) => ({
      procedure: d.procedureId,
      procedureName: names.get(d.procedureId) ?? d.procedureId,
      updatedAt: d.updatedAt.toISOString(),
    })),
  };
}
