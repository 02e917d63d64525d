/**
 * Saves a citizen's application draft to come back to. One draft per citizen
 * and procedure; saving again replaces it. Drafts are not validated (the
 * submit is the guard) but are bounded in size.
 */
import { z } from "zod";
import type { Db } from "../../client";
import { portalDrafts, type PortalDraftRow } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asCitizen, auditPortal } from "./common";

const MAX_DRAFT_BYTES = 256 * 1024;

export const SaveDraftInput = z.object({
  procedure: z.string().min(1).max(200),
  jurisdiction: z.string().max(100).nullable().default(null),
  data: z.record(z.string(), z.unknown()),
});

export async function saveDraft(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<PortalDraftRow> {
  const citizen = asCitizen(actor, "save drafts");
  const { procedure, jurisdiction, data } = parseInput(SaveDraftInput, input);
  if (JSON.stringify(data).length > MAX_DRAFT_BYTES)
    throw new ServiceError("VALIDATION", "draft too large", [{ message: "draft too large" }]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalDrafts)
      .values({ citizenId: citizen.id, procedureId: procedure, jurisdiction, data, updatedAt: now })
      .onConflictDoUpdate({
        target: [portalDrafts.citizenId, portalDrafts.procedureId],
        set: { jurisdiction, data, updatedAt: now },
      })
      .returning();
    await auditPortal(tx, citizen, "draft.saved", null, { procedure }, now);
    return row!;
  });
}
