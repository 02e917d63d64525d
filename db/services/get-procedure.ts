/**
 * One procedure of the public catalogue (DESIGN.md §7 `GET /api/v1/procedures/{id}`):
 * the latest published version's metadata with its start form's schema, so a
 * portal or a kiosk can render the application form.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../client";
import { procedures, procedureVersions } from "../schema";
import { ServiceError } from "./errors";
import type { ProcedureSummary } from "./list-procedures";
import { parseInput } from "./parse";

export const GetProcedureInput = z.object({ id: z.string().min(1).max(200) });

export interface ProcedureDetail extends ProcedureSummary {
  /** The start event's form-js schema; null when the procedure starts without a form. */
  startForm: FormSchema | null;
  note: string | null;
}

export async function getProcedure(
  db: Db,
  { input }: { input: unknown },
): Promise<ProcedureDetail> {
  const { id } = parseInput(GetProcedureInput, input);
  const [row] = await db
    .select({ v: procedureVersions, fallbackName: procedures.name })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(and(eq(procedureVersions.procedureId, id), isNull(procedures.archivedAt)))
    .orderBy(desc(procedureVersions.version))
    .limit(1);
  if (!row) throw new ServiceError("NOT_FOUND", `procedure ${id} is not published`);
  const { v } = row;
  const m = v.metadata;
  const startForm = m.startFormId ? (v.forms.find((f) => f.id === m.startFormId) ?? null) : null;
  return {
    id: v.procedureId,
    version: v.version,
    code: m.code ?? null,
    name: m.name || row.fallbackName,
    level: m.level ?? null,
    tier: m.tier ?? null,
    sla: m.sla ?? null,
    fee: m.fee ?? null,
    publishedAt: v.publishedAt,
    note: v.note,
    startForm,
  };
}
