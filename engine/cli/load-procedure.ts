/**
 * Reads a procedure from disk for the command line: its .bpmn, the forms
 * (`*.form`, by their JSON id) and the processes of sibling .bpmn files (by
 * process id) in the forms folder.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseBpmn, type ParseResult } from "../bpmn/parse";
import type { FormSchema, ProcessModel } from "../model/types";

export interface LoadedProcedure {
  file: string;
  parsed: ParseResult;
  forms: Record<string, FormSchema>;
  processes: Record<string, ProcessModel>;
  /** Files in the folder that could not be read, with why. */
  unreadable: { file: string; message: string }[];
}

export class UnreadableInput extends Error {}

export async function loadProcedure(file: string, formsDir?: string): Promise<LoadedProcedure> {
  let xml: string;
  try {
    xml = await readFile(file, "utf8");
  } catch (err) {
    throw new UnreadableInput(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const parsed = await parseBpmn(xml);
  const dir = formsDir ?? dirname(file);
  const forms: Record<string, FormSchema> = {};
  const processes: Record<string, ProcessModel> = {};
  const unreadable: LoadedProcedure["unreadable"] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    if (formsDir) throw new UnreadableInput(`cannot read folder ${formsDir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith(".form")) {
      try {
        const form = JSON.parse(await readFile(path, "utf8")) as FormSchema;
        if (form && typeof form.id === "string") forms[form.id] = form;
        else unreadable.push({ file: name, message: "a form file without an id" });
      } catch (err) {
        unreadable.push({ file: name, message: err instanceof Error ? err.message : String(err) });
      }
    } else if (name.endsWith(".bpmn") && resolve(path) !== resolve(file)) {
      const other = await parseBpmn(await readFile(path, "utf8").catch(() => ""));
      for (const p of other.definitions?.processes ?? []) processes[p.id] = p;
    }
  }
  return { file: basename(file), parsed, forms, processes, unreadable };
}
