/**
 * Publishes the shipped catalogue: every `workflows/<folder>/*.bpmn` with
 * the folder's `*.form` files becomes version 1 of its procedure, unless
 * that procedure already has a published version (a designer's later
 * versions are never overwritten). Metadata comes from the engine parser.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { parseBpmn } from "@/engine/bpmn/parse";
import { metaOf } from "@/engine/compile";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../client";
import { history, procedures, procedureVersions, type ProcedureMetadata } from "../schema";

/** One process ready to publish. */
export interface CatalogueEntry {
  file: string;
  bpmn: string;
  forms: FormSchema[];
  metadata: ProcedureMetadata;
}

export interface CatalogueLoad {
  entries: CatalogueEntry[];
  /** Files left out, with why (unparsable BPMN or form). */
  skipped: { file: string; reason: string }[];
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Reads and parses the catalogue under `workflowsDir`; a missing or empty folder gives no entries. */
export async function loadCatalogue(workflowsDir: string): Promise<CatalogueLoad> {
  const out: CatalogueLoad = { entries: [], skipped: [] };
  for (const folder of await listDir(workflowsDir)) {
    const dir = path.join(workflowsDir, folder);
    const files = await listDir(dir);
    const forms: FormSchema[] = [];
    for (const f of files.filter((x) => x.endsWith(".form"))) {
      try {
        forms.push(JSON.parse(await readFile(path.join(dir, f), "utf8")) as FormSchema);
      } catch (error) {
        out.skipped.push({
          file: path.join(folder, f),
          reason: `unreadable form: ${(error as Error).message}`,
        });
      }
    }
    for (const f of files.filter((x) => x.endsWith(".bpmn"))) {
      const file = path.join(folder, f);
      const bpmn = await readFile(path.join(dir, f), "utf8");
      const { definitions, problems } = await parseBpmn(bpmn);
      const errors = problems.filter((p) => p.severity === "error");
      if (!definitions || errors.length > 0) {
        out.skipped.push({
          file,
          reason: errors.map((e) => `${e.id ?? "file"}: ${e.message}`).join("; ") || "not BPMN",
        });
        continue;
      }
      const executable = definitions.processes.filter((p) => p.isExecutable);
      for (const p of executable.length > 0 ? executable : definitions.processes.slice(0, 1)) {
        out.entries.push({ file, bpmn, forms, metadata: metaOf(p) });
      }
    }
  }
  return out;
}

/** Publishes version 1 of each entry whose procedure has no version yet. Returns the ids published. */
export async function publishCatalogue(
  db: Db,
  entries: readonly CatalogueEntry[],
): Promise<string[]> {
  if (entries.length === 0) return [];
  const ids = entries.map((e) => e.metadata.processId);
  const published = new Set(
    (
      await db
        .selectDistinct({ id: procedureVersions.procedureId })
        .from(procedureVersions)
        .where(inArray(procedureVersions.procedureId, ids))
    ).map((r) => r.id),
  );
  const done: string[] = [];
  for (const e of entries) {
    const { processId: id, name, code } = e.metadata;
    if (published.has(id) || done.includes(id)) continue;
    await db
      .insert(procedures)
      .values({ id, name, code })
      .onConflictDoNothing({ target: procedures.id });
    const inserted = await db
      .insert(procedureVersions)
      .values({
        procedureId: id,
        version: 1,
        bpmn: e.bpmn,
        forms: e.forms,
        metadata: e.metadata,
        note: `Shipped catalogue: workflows/${e.file}`,
      })
      .onConflictDoNothing()
      .returning({ id: procedureVersions.procedureId });
    if (inserted.length === 0) continue;
    await db.insert(history).values({
      actorKind: "system",
      action: "procedure.published",
      details: { procedure: id, version: 1, source: e.file },
    });
    done.push(id);
  }
  return done;
}
