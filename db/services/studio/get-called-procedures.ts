/**
 * The published procedures a draft's call activities name, at their latest
 * version: what `publishProcedure` pins and validates against, so the
 * studio's problems panel and Try it see the same called processes.
 */
import { desc, inArray } from "drizzle-orm";
import { z } from "zod";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../../client";
import { procedureVersions } from "../../schema";
import type { Actor } from "../actor";
import { parseInput } from "../parse";
import { assertStudioActor } from "./guard";

export const CalledIds = z.array(z.string().min(1).max(200)).max(50);

export interface CalledProcedure {
  id: string;
  version: number;
  bpmn: string;
  forms: FormSchema[];
}

/** Latest published version of each id that has one; ids never published are left out. */
export async function getCalledProcedures(
  db: Db,
  actor: Actor | null,
  ids: unknown,
): Promise<CalledProcedure[]> {
  assertStudioActor(actor);
  const wanted = [...new Set(parseInput(CalledIds, ids))];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectDistinctOn([procedureVersions.procedureId], {
      id: procedureVersions.procedureId,
      version: procedureVersions.version,
      bpmn: procedureVersions.bpmn,
      forms: procedureVersions.forms,
    })
    .from(procedureVersions)
    .where(inArray(procedureVersions.procedureId, wanted))
    .orderBy(procedureVersions.procedureId, desc(procedureVersions.version));
  return rows;
}
