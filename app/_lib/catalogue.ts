import "server-only";
import { listProcedures } from "@/db/services/list-procedures";
import { appDb } from "./db";

export type CatalogueEntry = Awaited<ReturnType<typeof listProcedures>>[number];

/** The published procedures citizens can file, latest version of each. */
export async function procedureCatalogue(): Promise<CatalogueEntry[]> {
  return listProcedures(await appDb());
}
