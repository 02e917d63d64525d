/**
 * A designer publishes a procedure (DESIGN.md §7 `POST /api/v1/procedures`):
 * the engine validates the model with its forms (errors → VALIDATION with
 * the problems as details), then a new immutable `procedure_versions` row
 * with version = max + 1 is written. Running dossiers keep their version.
 */
import { eq, max } from "drizzle-orm";
import { z } from "zod";
import { parseBpmn } from "@/engine/bpmn/parse";
import type { Definitions, FormSchema } from "@/engine/model/types";
import { validate } from "@/engine/validate";
import type { Db } from "../client";
import { procedureVersions, procedures } from "../schema";
import { metaOf } from "@/engine/compile";
import { calledSources, compileVersion, latestVersion } from "../store/procedures";
import { writeHistory } from "../store/write";
import { actorId, type Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const PublishProcedureInput = z.object({
  bpmn: z.string().min(1).max(5_000_000),
  forms: z
    .array(z.looseObject({ id: z.string().min(1) }))
    .max(200)
    .default([]),
  note: z.string().max(2000).optional(),
});

export interface PublishProcedureResult {
  id: string;
  version: number;
}

export async function publishProcedure(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<PublishProcedureResult> {
  if (actor.kind !== "designer" && actor.kind !== "admin")
    throw new ServiceError("FORBIDDEN", "only designers publish procedures");
  const { bpmn, forms: rawForms, note } = parseInput(PublishProcedureInput, input);
  const forms = rawForms as unknown as FormSchema[];
  const byId = Object.fromEntries(forms.map((f) => [f.id as string, f]));
  const parsed = await parseBpmn(bpmn);
  // Processes called from this file but defined elsewhere run at their latest published version, pinned now.
  const calls = await pinCalls(db, parsed.definitions);
  const called = await calledSources(db, calls);
  const checked = await validate(parsed, {
    forms: {
      ...Object.fromEntries(called.flatMap((c) => c.forms.map((f) => [f.id as string, f]))),
      ...byId,
    },
    processes: Object.fromEntries(called.map((c) => [`${c.id}@${c.version}`, c.definitions])),
  });
  const model =
    parsed.definitions?.processes.find((p) => p.isExecutable) ?? parsed.definitions?.processes[0];
  if (!checked.ok || !model) {
    const problems = checked.problems.filter((p) => p.severity === "error");
    throw new ServiceError(
      "VALIDATION",
      "the model cannot be published",
      (problems.length ? problems : [{ id: null, message: "no process in the file" }]).map((p) => ({
        id: p.id,
        message: p.message,
      })),
    );
  }
  // Compiling now means a model that cannot run fails here, never under a citizen's dossier.
  try {
    await compileVersion(model.id, bpmn, forms, called);
  } catch (error) {
    throw new ServiceError("VALIDATION", "the model does not compile", [
      { id: null, message: (error as Error).message },
    ]);
  }
  const metadata = metaOf(model);
  const at = now ?? new Date();
  return db.transaction(async (tx) => {
    await tx
      .insert(procedures)
      .values({ id: model.id, name: metadata.name, code: metadata.code })
      .onConflictDoNothing();
    // The procedure row lock serialises concurrent publishes, so max + 1 is never taken twice.
    await tx
      .select({ id: procedures.id })
      .from(procedures)
      .where(eq(procedures.id, model.id))
      .for("update");
    const [row] = await tx
      .select({ v: max(procedureVersions.version) })
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, model.id));
    const version = (row?.v ?? 0) + 1;
    await tx.insert(procedureVersions).values({
      procedureId: model.id,
      version,
      bpmn,
      forms,
      metadata,
      calls,
      note: note ?? null,
      publishedBy: actorId(actor),
      publishedAt: at,
    });
    await tx
      .update(procedures)
      .set({ name: metadata.name, code: metadata.code, updatedAt: at })
      .where(eq(procedures.id, model.id));
    await writeHistory(
      tx,
      null,
      { actor, action: "procedure.published", details: { procedure: model.id, version } },
      null,
      null,
      at,
    );
    return { id: model.id, version };
  });
}

/** The latest published version of every process a call activity names that this file does not define. */
async function pinCalls(
  db: Db,
  definitions: Definitions | null | undefined,
): Promise<{ id: string; version: number }[]> {
  if (!definitions) return [];
  const own = new Set(definitions.processes.map((p) => p.id));
  const wanted = new Set<string>();
  for (const p of definitions.processes)
    for (const n of Object.values(p.nodes))
      if (
        n.type === "callActivity" &&
        n.calledElement &&
        !n.calledElement.startsWith("=") &&
        !own.has(n.calledElement)
      )
        wanted.add(n.calledElement);
  const out: { id: string; version: number }[] = [];
  for (const id of wanted) {
    const version = await latestVersion(db, id);
    // An unpublished one stays unresolved: validate names the call activity.
    if (version !== null) out.push({ id, version });
  }
  return out;
}
