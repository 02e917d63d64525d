/** A citizen's saved application draft for one procedure, or null. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { portalDrafts, type PortalDraftRow } from "../../schema";
import type { Actor } from "../actor";
import { parseInput } from "../parse";
import { asCitizen } from "./common";

export const GetDraftInput = z.object({ procedure: z.string().min(1).max(200) });

/** The citizen's draft for a procedure, or null. */
export async function getDraft(
  db: Db,
  { actor, input }: { actor: Actor | null; input: unknown },
): Promise<PortalDraftRow | null> {
  const citizen = asCitizen(actor, "read drafts");
  const { procedure } = parseInput(GetDraftInput, input);
  const [row] = await db
    .select()
    .from(portalDrafts)
    .where(and(eq(portalDrafts.citizenId, citizen.id), eq(portalDrafts.procedureId, procedure)));
  return row ?? null;
}
