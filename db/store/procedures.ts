/**
 * Compiled procedure versions, cached in-process per `procedureId@version`.
 * Published versions are immutable (DESIGN.md §4), and so are the versions
 * of other procedures they call (pinned in `calls` at publish time), so an
 * entry never goes stale; the cache is bounded so a long-lived server does
 * not grow forever.
 */
import { and, desc, eq } from "drizzle-orm";
import { parseBpmn } from "@/engine/bpmn/parse";
import { compile, type CompiledProcedure } from "@/engine/compile";
import type { Definitions, FormSchema, ProcessModel } from "@/engine/model/types";
import type { Db } from "../client";
import { procedureVersions } from "../schema";
import { ServiceError } from "../services/errors";

const MAX_ENTRIES = 500;
const cache = new Map<string, Promise<CompiledProcedure>>();

/** A called procedure's published version, as compiling a caller needs it. */
export interface CalledSource {
  id: string;
  version: number;
  definitions: Definitions;
  forms: readonly FormSchema[];
}

/** Compiles a published version's BPMN with its forms and the versions it calls (throws if it no longer compiles). */
export async function compileVersion(
  procedureId: string,
  bpmn: string,
  forms: readonly FormSchema[],
  called: readonly CalledSource[] = [],
): Promise<CompiledProcedure> {
  const { definitions, problems } = await parseBpmn(bpmn);
  if (!definitions) {
    throw new Error(`procedure ${procedureId}: ${problems.map((p) => p.message).join("; ")}`);
  }
  const byId: Record<string, FormSchema> = {};
  const processes: Record<string, ProcessModel> = {};
  // The caller's own forms win over a called version's form of the same id.
  for (const c of called) {
    for (const f of c.forms) if (typeof f.id === "string") byId[f.id] = f;
    for (const p of c.definitions.processes) processes[p.id] = p;
  }
  for (const f of forms) if (typeof f.id === "string") byId[f.id] = f;
  return compile(definitions, { forms: byId, processId: procedureId, processes });
}

type VersionRow = { bpmn: string; forms: FormSchema[]; calls: { id: string; version: number }[] };

async function versionRow(db: Db, id: string, version: number): Promise<VersionRow> {
  const [row] = await db
    .select({
      bpmn: procedureVersions.bpmn,
      forms: procedureVersions.forms,
      calls: procedureVersions.calls,
    })
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, id), eq(procedureVersions.version, version)));
  if (!row) throw new ServiceError("NOT_FOUND", `procedure ${id}@${version} is not published`);
  return row;
}

/** The pinned versions `calls` name, and the ones those call in turn (each once). */
export async function calledSources(
  db: Db,
  calls: readonly { id: string; version: number }[],
): Promise<CalledSource[]> {
  const out = new Map<string, CalledSource>();
  const queue = [...calls];
  while (queue.length > 0) {
    const c = queue.shift()!;
    if (out.has(c.id)) continue;
    const row = await versionRow(db, c.id, c.version);
    const { definitions } = await parseBpmn(row.bpmn);
    if (!definitions) throw new Error(`called procedure ${c.id}@${c.version} no longer parses`);
    out.set(c.id, { id: c.id, version: c.version, definitions, forms: row.forms });
    queue.push(...row.calls);
  }
  return [...out.values()];
}

/** The compiled procedure of a published version; NOT_FOUND when there is no such version. */
export function loadProcedure(
  db: Db,
  procedureId: string,
  version: number,
): Promise<CompiledProcedure> {
  const key = `${procedureId}@${version}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const row = await versionRow(db, procedureId, version);
      const called = row.calls.length > 0 ? await calledSources(db, row.calls) : [];
      return compileVersion(procedureId, row.bpmn, row.forms, called);
    })();
    // A failed load (not found, transient error) must not stick.
    entry.catch(() => cache.delete(key));
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, entry);
  }
  return entry;
}

/** The latest published version number of a procedure, or null. */
export async function latestVersion(db: Db, procedureId: string): Promise<number | null> {
  const [row] = await db
    .select({ version: procedureVersions.version })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.version))
    .limit(1);
  return row?.version ?? null;
}

const latest = new WeakMap<object, Map<string, number>>();

/**
 * The latest published version as this process last saw it (`fresh` reads
 * it again). A submission checks it in its insert, so a stale answer costs a
 * retry, never a dossier on a superseded version.
 */
export async function publishedVersion(
  db: Db,
  procedureId: string,
  fresh = false,
): Promise<number | null> {
  let seen = latest.get(db);
  if (!seen) latest.set(db, (seen = new Map()));
  const known = seen.get(procedureId);
  if (known !== undefined && !fresh) return known;
  const version = await latestVersion(db, procedureId);
  if (version === null) seen.delete(procedureId);
  else {
    if (seen.size >= MAX_ENTRIES) seen.delete(seen.keys().next().value as string);
    seen.set(procedureId, version);
  }
  return version;
}
