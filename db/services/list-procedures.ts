/**
 * The public catalogue (home page, `GET /api/v1/procedures`): the latest
 * published version of each procedure that is not archived, by name.
 */
import { asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { procedures, procedureVersions } from "../schema";

export interface ProcedureSummary {
  /** BPMN process id. */
  id: string;
  version: number;
  code: string | null;
  name: string;
  /** Online service level (3 or 4), null when the model sets none. */
  level: number | null;
  /** Level (tier) that owns the procedure. */
  tier: string | null;
  /** Statutory time in working days. */
  sla: number | null;
  /** Fee in VND. */
  fee: number | null;
  publishedAt: Date;
}

const byName = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export async function listProcedures(db: Db): Promise<ProcedureSummary[]> {
  const rows = await db
    .selectDistinctOn([procedureVersions.procedureId], {
      id: procedureVersions.procedureId,
      version: procedureVersions.version,
      metadata: procedureVersions.metadata,
      publishedAt: procedureVersions.publishedAt,
      fallbackName: procedures.name,
    })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(isNull(procedures.archivedAt))
    .orderBy(asc(procedureVersions.procedureId), desc(procedureVersions.version));

  return rows
    .map((r): ProcedureSummary => ({
      id: r.id,
      version: r.version,
      code: r.metadata.code ?? null,
      name: r.metadata.name || r.fallbackName,
      level: r.metadata.level ?? null,
      tier: r.metadata.tier ?? null,
      sla: r.metadata.sla ?? null,
      fee: r.metadata.fee ?? null,
      publishedAt: r.publishedAt,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
