/**
 * The studio's list: every procedure (archived ones too, flagged) with its
 * latest published version and whether an unpublished draft is pending.
 */
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { procedures, procedureVersions } from "../../schema";
import type { Actor } from "../actor";
import { assertStudioActor } from "./guard";

export interface StudioProcedure {
  id: string;
  name: string;
  code: string | null;
  /** Latest published version, null when never published. */
  version: number | null;
  hasDraft: boolean;
  draftRevision: number;
  updatedAt: Date;
  archived: boolean;
}

const byName = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Lists procedures for the studio. */
export async function listStudioProcedures(
  db: Db,
  actor: Actor | null,
): Promise<StudioProcedure[]> {
  assertStudioActor(actor);
  const rows = await db
    .select({
      id: procedures.id,
      name: procedures.name,
      code: procedures.code,
      hasDraft: sql<boolean>`${procedures.draftBpmn} is not null`,
      draftRevision: procedures.draftRevision,
      updatedAt: procedures.updatedAt,
      archivedAt: procedures.archivedAt,
      version: sql<number | null>`max(${procedureVersions.version})`,
    })
    .from(procedures)
    .leftJoin(procedureVersions, eq(procedureVersions.procedureId, procedures.id))
    .groupBy(procedures.id)
    .orderBy(asc(procedures.id));
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      code: r.code,
      version: r.version === null ? null : Number(r.version),
      hasDraft: Boolean(r.hasDraft),
      draftRevision: r.draftRevision,
      updatedAt: r.updatedAt,
      archived: r.archivedAt !== null,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
