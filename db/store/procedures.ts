/**
 * Compiled procedure versions, cached in-process per `procedureId@version`.
 * Published versions are immutable (DESIGN.md §4), so an entry never goes
 * stale; the cache is bounded so a long-lived server does not grow forever.
 */
import { and, desc, eq } from "drizzle-orm";
import { parseBpmn } from "@/engine/bpmn/parse";
import { compile, type CompiledProcedure } from "@/engine/compile";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../client";
import { procedureVersions } from "../schema";
import { ServiceError } from "../services/errors";

const MAX_ENTRIES = 500;
const cache = new Map<string, Promise<CompiledProcedure>>();

/** Compiles a published version's BPMN with its forms (throws if it no longer compiles). */
export async function compileVersion(
  procedureId: string,
  bpmn: string,
  forms: readonly FormSchema[],
): Promise<CompiledProcedure> {
  const { definitions, problems } = await parseBpmn(bpmn);
  if (!definitions) {
    throw new Error(`procedure ${procedureId}: ${problems.map((p) => p.message).join("; ")}`);
  }
  const byId: Record<string, FormSchema> = {};
  for (const f of forms) if (typeof f.id === "string") byId[f.id] = f;
  return compile(definitions, { forms: byId, processId: procedureId });
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
      const [row] = await db
        .select({ bpmn: procedureVersions.bpmn, forms: procedureVersions.forms })
        .from(procedureVersions)
        .where(
          and(
            eq(procedureVersions.procedureId, procedureId),
            eq(procedureVersions.version, version),
          ),
        );
      if (!row) throw new ServiceError("NOT_FOUND", `procedure ${key} is not published`);
      return compileVersion(procedureId, row.bpmn, row.forms);
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
