/**
 * A new procedure in the studio: a copy of a template (a published
 * procedure, e.g. one of the shipped workflows) or the blank model, under a
 * new process id. It starts as a draft; nothing is published.
 */
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../../client";
import { history, procedures, procedureVersions } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { blankModel } from "./blank";
import { actorUuid, assertStudioActor } from "./guard";
import { renameProcess } from "./xml";
import { MAX_DRAFT_BYTES } from "./save-draft";

/** A BPMN process id: an XML NCName without dots or colons, so it is also a safe URL segment. */
export const ProcessId = z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/);

export const CreateDraftInput = z.object({
  id: ProcessId,
  name: z.string().trim().min(1).max(300),
  /** A procedure id to copy the latest published version of, or "blank". */
  template: z.string().min(1).max(200),
  /** An imported model instead of a template (its process is renamed to `id`). */
  bpmn: z.string().max(MAX_DRAFT_BYTES).optional(),
  forms: z.array(z.record(z.string(), z.unknown())).max(200).optional(),
  /** The imported model's own process id. */
  sourceProcessId: z.string().max(200).optional(),
});
export type CreateDraftInput = z.infer<typeof CreateDraftInput>;

/** Creates the draft; CONFLICT when the id is taken, NOT_FOUND for an unknown template. */
export async function createDraft(
  db: Db,
  actor: Actor | null,
  raw: CreateDraftInput,
  now: Date = new Date(),
): Promise<{ id: string; revision: number }> {
  assertStudioActor(actor);
  const input = CreateDraftInput.parse(raw);
  const name = input.name.normalize("NFC");
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: procedures.id })
      .from(procedures)
      .where(eq(procedures.id, input.id));
    if (taken)
      throw new ServiceError("CONFLICT", `a procedure with id ${input.id} exists`, [
        { field: "id", message: "taken" },
      ]);
    let bpmn: string;
    let forms: FormSchema[] = [];
    if (input.bpmn !== undefined) {
      bpmn = renameProcess(input.bpmn, input.sourceProcessId ?? input.id, input.id, name);
      forms = (input.forms ?? []) as FormSchema[];
    } else if (input.template === "blank") {
      bpmn = blankModel(input.id, name);
    } else {
      const [tpl] = await tx
        .select({ bpmn: procedureVersions.bpmn, forms: procedureVersions.forms })
        .from(procedureVersions)
        .where(eq(procedureVersions.procedureId, input.template))
        .orderBy(desc(procedureVersions.version))
        .limit(1);
      if (!tpl)
        throw new ServiceError("NOT_FOUND", `no published template ${input.template}`, [
          { field: "template", message: "unknown" },
        ]);
      bpmn = renameProcess(tpl.bpmn, input.template, input.id, name);
      forms = tpl.forms;
    }
    await tx.insert(procedures).values({
      id: input.id,
      name,
      draftBpmn: bpmn,
      draftForms: forms,
      draftRevision: 1,
      createdBy: actorUuid(actor),
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(history).values({
      actorId: actorUuid(actor),
      actorKind: actor.kind,
      action: "procedure.draft-created",
      elementId: input.id,
      details: { template: input.bpmn !== undefined ? "import" : input.template },
      at: now,
    });
    return { id: input.id, revision: 1 };
  });
}
