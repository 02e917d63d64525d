/**
 * The other published procedures a draft's call activities call, as the
 * server finds them at publish (their latest version): fetched once per
 * page and parsed in the browser, for `validate` and for Try it.
 */
import { parseBpmn } from "@/engine/bpmn/parse";
import type { Definitions, FormSchema, ProcessModel } from "@/engine/model/types";

export interface CalledSource {
  id: string;
  version: number;
  definitions: Definitions;
  forms: readonly FormSchema[];
}

type Fetch = (
  ids: string[],
) => Promise<{ id: string; version: number; bpmn: string; forms: FormSchema[] }[]>;

/** Process ids that call activities name statically and that the file itself does not define. */
export function callTargets(definitions: Definitions): string[] {
  const own = new Set(definitions.processes.map((p) => p.id));
  const out = new Set<string>();
  for (const p of definitions.processes)
    for (const n of Object.values(p.nodes))
      if (n.type === "callActivity" && n.calledElement && !n.calledElement.startsWith("="))
        if (!own.has(n.calledElement)) out.add(n.calledElement);
  return [...out];
}

/**
 * A loader that remembers what it found; an id not published yet is asked
 * again next time, so publishing it in another tab is picked up.
 */
export function calledLoader(fetch: Fetch) {
  const found = new Map<string, CalledSource>();
  return async function load(definitions: Definitions): Promise<CalledSource[]> {
    const seen = new Set<string>();
    let wanted = callTargets(definitions);
    // Called procedures may call others in turn: follow them, each once.
    while (wanted.length > 0) {
      wanted.forEach((id) => seen.add(id));
      const missing = wanted.filter((id) => !found.has(id));
      if (missing.length > 0)
        for (const c of await fetch(missing)) {
          const parsed = await parseBpmn(c.bpmn);
          if (parsed.definitions)
            found.set(c.id, {
              id: c.id,
              version: c.version,
              definitions: parsed.definitions,
              forms: c.forms,
            });
        }
      wanted = wanted
        .flatMap((id) => {
          const c = found.get(id);
          return c ? callTargets(c.definitions) : [];
        })
        .filter((id) => !seen.has(id));
    }
    return [...seen].flatMap((id) => {
      const c = found.get(id);
      return c ? [c] : [];
    });
  };
}

/** The called procedures' forms under the draft's own (the draft's win on a clash, as on the server). */
export function formsWith(called: readonly CalledSource[], own: readonly FormSchema[]) {
  return Object.fromEntries(
    [...called.flatMap((c) => c.forms), ...own]
      .filter((f) => typeof f.id === "string")
      .map((f) => [f.id as string, f]),
  );
}

/** Called processes by id, as `compile` takes them. */
export function processModels(called: readonly CalledSource[]): Record<string, ProcessModel> {
  const out: Record<string, ProcessModel> = {};
  for (const c of called) for (const p of c.definitions.processes) out[p.id] = p;
  return out;
}
