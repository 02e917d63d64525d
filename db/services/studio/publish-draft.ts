/**
 * Publishes the studio's saved draft through `publishProcedure` (which
 * validates, compiles and writes the immutable version), then clears the
 * draft — only if nobody saved a newer revision meanwhile.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { procedures } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { publishProcedure } from "../publish-procedure";
import { assertStudioActor } from "./guard";

export async function publishDraft(
  db: Db,
  actor: Actor | null,
  input: { id: string; revision: number; note?: string },
  now: Date = new Date(),
): Promise<{ id: string; version: number }> {
  assertStudioActor(actor);
  const [row] = await db.select().from(procedures).where(eq(procedures.id, input.id));
  if (!row) throw new ServiceError("NOT_FOUND", `no procedure ${input.id}`);
  if (row.draftRevision !== input.revision)
    throw new ServiceError("CONFLICT", "the draft changed since you loaded it", [
      { id: input.id, message: String(row.draftRevision) },
    ]);
  if (row.draftBpmn === null)
    throw new ServiceError("VALIDATION", "nothing to publish: no draft", [
      { id: input.id, message: "no draft" },
    ]);
  const published = await publishProcedure(db, {
    actor,
    input: { bpmn: row.draftBpmn, forms: row.draftForms ?? [], note: input.note },
    now,
  });
  if (published.id !== input.id)
    throw new ServiceError(
      "VALIDATION",
      `the model's process id is ${published.id}, not ${input.id}`,
    );
  await db
    .update(procedures)
    .set({ draftBpmn: null, draftForms: null, draftRevision: input.revision + 1, updatedAt: now })
    .where(and(eq(procedures.id, input.id), eq(procedures.draftRevision, input.revision)));
  return published;
}
