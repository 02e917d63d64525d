import { parseBpmn } from "../bpmn/parse";
import { compile, type CompiledProcedure } from "../compile";
import type { FormSchema, ProcessModel } from "../model/types";

/** Parses and compiles BPMN text for tests; throws with the parse problems when it cannot. */
export async function compileXml(
  xml: string,
  forms: FormSchema[] = [],
  others: string[] = [],
): Promise<CompiledProcedure> {
  const parsed = await parseBpmn(xml);
  if (!parsed.definitions) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  const processes: Record<string, ProcessModel> = {};
  for (const o of others) {
    const p = await parseBpmn(o);
    for (const m of p.definitions?.processes ?? []) processes[m.id] = m;
  }
  return compile(parsed.definitions, {
    forms: Object.fromEntries(forms.map((f) => [f.id, f])),
    processes,
  });
}
