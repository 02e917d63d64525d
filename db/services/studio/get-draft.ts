/**
 * What the modeler opens: the pending draft, or else the latest published
 * version as the starting point, with the revision a save must name.
 */
import { and, desc, eq } from "drizzle-orm";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../../client";
import { procedures, procedureVersions } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { assertStudioActor } from "./guard";

export interface StudioDraft {
  id: string;
  name: string;
  bpmn: string;
  forms: FormSchema[];
  revision: number;
  /** True when `bpmn` is an unpublished draft, false when it is the latest published version. */
  isDraft: boolean;
  versions: { version: number; publishedAt: Date; note: string | null }[];
}

/** Loads a procedure for editing; NOT_FOUND when there is none. */
export async function getDraft(db: Db, actor: Actor | null, id: string): Promise<StudioDraft> {
  assertStudioActor(actor);
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  if (!row) throw new ServiceError("NOT_FOUND", `no procedure ${id}`);
  const versions = await db
    .select({
      version: procedureVersions.version,
      publishedAt: procedureVersions.publishedAt,
      note: procedureVersions.note,
      bpmn: procedureVersions.bpmn,
      forms: procedureVersions.forms,
    })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, id))
    .orderBy(desc(procedureVersions.version));
  const latest = versions[0];
  const bpmn = row.draftBpmn ?? latest?.bpmn;
  if (bpmn === undefined) throw new ServiceError("NOT_FOUND", `procedure ${id} has no model`);
  return {
    id,
    name: row.name,
    bpmn,
    forms: row.draftBpmn !== null ? (row.draftForms ?? []) : (latest?.forms ?? []),
    revision: row.draftRevision,
    isDraft: row.draftBpmn !== null,
    versions: versions.map(({ version, publishedAt, note }) => ({ version, publishedAt, note })),
  };
}

/** One published version's model, for the version diff. */
export async function getVersion(
  db: Db,
  actor: Actor | null,
  id: string,
  version: number,
): Promise<{ bpmn: string; forms: FormSchema[] }> {
  assertStudioActor(actor);
  const [row] = await db
    .select({ bpmn: procedureVersions.bpmn, forms: procedureVersions.forms })
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, id), eq(procedureVersions.version, version)));
  if (!row) throw new ServiceError("NOT_FOUND", `no version ${id}@${version}`);
  return row;
}
