/** Admin verb: the CSV import of official units, checked all-or-nothing (db/org-import.ts). */
import { z } from "zod";
import type { Db } from "../../client";
import { importUnitsCsv, type OrgImportSummary } from "../../org-import";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { parseInput } from "./common";

export const ImportUnitsInput = z.object({
  csv: z.string().min(1).max(5_000_000),
  source: z.string().max(200).optional(),
});

/** Imports units from CSV text; the summary lists every bad line when nothing was imported. */
export async function importUnits(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<OrgImportSummary> {
  assertCan(actor, "org.manage");
  const data = parseInput(ImportUnitsInput, input);
  return importUnitsCsv(db, data.csv, {
    actor: { id: actor.userId, kind: "admin" },
    source: data.source ?? "upload",
  });
}
