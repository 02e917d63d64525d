/**
 * Autosave of the studio's working copy with an optimistic revision check:
 * a save naming an older revision than the stored one is a CONFLICT, so two
 * designers editing one draft are warned instead of overwriting each other.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../../client";
import { history, procedures } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { actorUuid, assertStudioActor } from "./guard";
import { processNameOf } from "./xml";

/** Largest model and form set a draft may hold (bytes of text). */
export const MAX_DRAFT_BYTES = 2_000_000;

export const SaveDraftInput = z.object({
  id: z.string().min(1).max(200),
  bpmn: z.string().min(1).max(MAX_DRAFT_BYTES),
  forms: z.array(z.record(z.string(), z.unknown())).max(200),
  /** The revision the editor loaded (or last saved). */
  revision: z.number().int().min(0),
});
export type SaveDraftInput = z.infer<typeof SaveDraftInput>;

/** Saves the draft; returns the new revision. CONFLICT names the stored revision in `details`. */
export async function saveDraft(
  db: Db,
  actor: Actor | null,
  raw: SaveDraftInput,
  now: Date = new Date(),
): Promise<{ revision: number; savedAt: Date }> {
  assertStudioActor(actor);
  const input = SaveDraftInput.parse(raw);
  if (JSON.stringify(input.forms).length > MAX_DRAFT_BYTES)
    throw new ServiceError("VALIDATION", "the forms are too large");
  const name = processNameOf(input.bpmn, input.id);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(procedures)
      .set({
        draftBpmn: input.bpmn,
        draftForms: input.forms as FormSchema[],
        draftRevision: input.revision + 1,
        updatedAt: now,
        ...(name ? { name } : {}),
      })
      .where(and(eq(procedures.id, input.id), eq(procedures.draftRevision, input.revision)))
      .returning({ revision: procedures.draftRevision });
    if (updated.length === 0) {
      const [current] = await tx
        .select({ revision: procedures.draftRevision })
        .from(procedures)
        .where(eq(procedures.id, input.id));
      if (!current) throw new ServiceError("NOT_FOUND", `no procedure ${input.id}`);
      throw new ServiceError(
        "CONFLICT",
        `the draft was saved elsewhere (revision ${current.revision}, yours ${input.revision})`,
        [{ id: input.id, message: String(current.revision) }],
      );
    }
    await tx.insert(history).values({
      actorId: actorUuid(actor),
      actorKind: actor.kind,
      action: "procedure.draft-saved",
      elementId: input.id,
      details: { revision: input.revision + 1 },
      at: now,
    });
    return { revision: input.revision + 1, savedAt: now };
  });
}
